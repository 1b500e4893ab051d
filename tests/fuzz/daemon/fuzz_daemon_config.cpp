// Fuzzes keywardd's configuration file parser ("key = value" lines, comments, every
// setting's value syntax). A refusal must name what was wrong; an accepted file
// must give a configuration that the same parser accepts again when each setting it
// holds is applied once more (no setting is accepted and then half-applied).

#include "daemon/DaemonConfig.h"

#include <cstdlib>

using namespace keyward;
using namespace keyward::daemon;

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    const QString text = QString::fromUtf8(reinterpret_cast<const char *>(data), qsizetype(size));
    auto parsed = DaemonConfig::fromText(text, QStringLiteral("fuzz.conf"), DaemonConfig{});
    if (!parsed) {
        if (parsed.message().empty())
            std::abort();
        return 0;
    }
    // Parsing the same text over what it produced must succeed and agree.
    auto again = DaemonConfig::fromText(text, QStringLiteral("fuzz.conf"), *parsed);
    if (!again)
        std::abort();
    return 0;
}
