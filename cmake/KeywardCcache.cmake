# Use ccache when it is there: CI builds from a clean clone, and a warm cache keeps
# the two builds (normal and sanitizer) well inside the time budget.
find_program(KEYWARD_CCACHE ccache)
if(KEYWARD_CCACHE)
    set(CMAKE_CXX_COMPILER_LAUNCHER ${KEYWARD_CCACHE})
endif()
