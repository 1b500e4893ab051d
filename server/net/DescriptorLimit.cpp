#include "net/DescriptorLimit.h"

#include "net/SystemError.h"

#include <sys/resource.h>

namespace keyward::net {

Result<DescriptorLimit> DescriptorLimit::raiseToHard()
{
    rlimit limit{};
    if (::getrlimit(RLIMIT_NOFILE, &limit) < 0)
        return fail(systemError("cannot read the open-files limit"));
    if (limit.rlim_cur < limit.rlim_max) {
        rlimit raised = limit;
        raised.rlim_cur = limit.rlim_max;
        if (::setrlimit(RLIMIT_NOFILE, &raised) < 0)
            return fail(systemError("cannot raise the open-files limit"));
        limit = raised;
    }
    return DescriptorLimit{static_cast<std::uint64_t>(limit.rlim_cur),
                           static_cast<std::uint64_t>(limit.rlim_max)};
}

} // namespace keyward::net
