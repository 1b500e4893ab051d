#pragma once

// The console holds API tokens and freshly issued one-time passwords in memory.
// On Linux it makes itself non-dumpable (no core file, no ptrace by other
// processes of the same user) and sets its core size limit to zero. Elsewhere it
// does nothing and says so.

#include <QString>

namespace keyward::console {

class ProcessHardening
{
public:
    // Returns an empty string, or why it could not be done.
    static QString forbidCoreDumps();
};

} // namespace keyward::console
