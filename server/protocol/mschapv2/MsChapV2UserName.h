#pragma once

// The forms a user name arrives in, and which part is used for what.
//
// Windows sends "DOMAIN\user" (the domain the user typed, or the computer's); other
// clients may send a realm, "user@realm". RFC 2759 section 4 hashes the user name
// "without any associated domain" into the ChallengeHash, and both Windows and pppd
// (chap_ms.c) strip everything up to the last backslash and nothing else: so
// "DOMAIN\user" hashes "user", while "user@realm" is hashed whole, as the peer did.
// The credential store knows the bare account name: both forms reach "user".

#include <string_view>

namespace keyward::protocol::mschapv2 {

class MsChapV2UserName
{
public:
    enum class Form
    {
        Plain,  // "user"
        Domain, // "DOMAIN\user"
        Realm,  // "user@realm"
    };

    struct Parts
    {
        std::string_view domain; // empty when the name has no backslash
        std::string_view user;   // what ChallengeHash uses
    };

    // Splits at the LAST backslash (pppd and Windows strip everything up to it).
    static Parts split(std::string_view fullName)
    {
        auto pos = fullName.rfind('\\');
        if (pos == std::string_view::npos)
            return {{}, fullName};
        return {fullName.substr(0, pos), fullName.substr(pos + 1)};
    }

    // The name that goes into the ChallengeHash (RFC 2759 section 8.2).
    static std::string_view stripDomain(std::string_view fullName) { return split(fullName).user; }

    // The account the name means: without "DOMAIN\" and without "@realm" (cut at the
    // last '@' of what is left; a name that is nothing but "@realm" stays as it is).
    static std::string_view accountName(std::string_view fullName)
    {
        std::string_view user = stripDomain(fullName);
        const auto at = user.rfind('@');
        if (at == std::string_view::npos || at == 0)
            return user;
        return user.substr(0, at);
    }

    static Form form(std::string_view fullName)
    {
        if (fullName.rfind('\\') != std::string_view::npos)
            return Form::Domain;
        return accountName(fullName).size() != fullName.size() ? Form::Realm : Form::Plain;
    }

    static std::string_view formName(Form form)
    {
        switch (form) {
        case Form::Domain:
            return "DOMAIN\\user";
        case Form::Realm:
            return "user@realm";
        case Form::Plain:
            break;
        }
        return "plain";
    }
};

} // namespace keyward::protocol::mschapv2
