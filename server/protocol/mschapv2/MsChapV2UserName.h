#pragma once

// Windows peers send "DOMAIN\user". RFC 2759 §8.2 hashes only the user part into
// the ChallengeHash, while account lookup may want the whole name (or the domain
// to apply a policy). This splits them without interpreting anything else.

#include <string_view>

namespace keyward::protocol::mschapv2 {

class MsChapV2UserName
{
public:
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

    static std::string_view stripDomain(std::string_view fullName) { return split(fullName).user; }
};

} // namespace keyward::protocol::mschapv2
