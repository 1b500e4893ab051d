# Warnings and hardening for every Keyward target. Warnings are errors: a warning
# today is a bug report tomorrow.
include(CheckPIESupported)
check_pie_supported()
set(CMAKE_POSITION_INDEPENDENT_CODE ON)

if(MSVC)
    # The Windows console with MSVC: warnings as errors, the same spirit; /guard:cf
    # and ASLR/DEP are MSVC's hardening.
    add_compile_options(/W4 /WX /permissive- /guard:cf /utf-8)
    add_link_options(/guard:cf /DYNAMICBASE /NXCOMPAT)
    return()
endif()

add_compile_options(-Wall -Wextra -Werror -Wshadow -Wnon-virtual-dtor -Wcast-align
                    -Wformat=2 -Wimplicit-fallthrough)

# Hardening: stack protector, FORTIFY_SOURCE (needs optimisation, so not in the
# sanitizer build where ASan replaces it), full RELRO, PIE.
add_compile_options(-fstack-protector-strong -fstack-clash-protection)
if(WIN32)
    # MinGW: PE images have no RELRO; ASLR and DEP instead.
    add_link_options(-Wl,--dynamicbase -Wl,--nxcompat -Wl,--high-entropy-va)
else()
    add_link_options(-Wl,-z,relro,-z,now -Wl,-z,noexecstack)
endif()
if(NOT KEYWARD_SANITIZE)
    add_compile_definitions($<$<NOT:$<CONFIG:Debug>>:_FORTIFY_SOURCE=2>)
endif()

if(KEYWARD_SANITIZE)
    add_compile_options(-fsanitize=address,undefined -fno-omit-frame-pointer
                        -fno-sanitize-recover=undefined)
    add_link_options(-fsanitize=address,undefined)
endif()

if(KEYWARD_FUZZ AND NOT CMAKE_CXX_COMPILER_ID MATCHES "Clang")
    message(FATAL_ERROR "KEYWARD_FUZZ needs clang (libFuzzer); use the 'asan' preset")
endif()
if(KEYWARD_FUZZ_COVERAGE)
    if(NOT KEYWARD_FUZZ)
        message(FATAL_ERROR "KEYWARD_FUZZ_COVERAGE needs KEYWARD_FUZZ")
    endif()
    # Coverage for every library a harness links, not only the harness's own file:
    # without it libFuzzer is blind to the parsers it is meant to explore (the
    # campaign build, preset fuzz). Programs that are not harnesses get the callbacks'
    # defaults from the sanitizer runtime. The CI sanitizer build (preset asan) leaves
    # it off: its smoke runs replay the kept corpus, and its unit tests stay quick.
    add_compile_options(-fsanitize=fuzzer-no-link)
endif()
