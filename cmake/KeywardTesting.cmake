# keyward_add_test(NAME <name> SOURCES <files...> LIBS <targets...> LABELS <labels...>
#                  [TIMEOUT <s>] [RUN_WITH <wrapper> <args...>])
# One executable per unit under test, registered with CTest and labelled so a reader
# can run a slice: ctest -L unit, -L integration, -L gui, -L interop, -L fuzz.
function(keyward_add_test)
    cmake_parse_arguments(T "" "NAME;TIMEOUT" "SOURCES;LIBS;LABELS;RUN_WITH" ${ARGN})
    add_executable(${T_NAME} ${T_SOURCES})
    target_link_libraries(${T_NAME} PRIVATE ${T_LIBS} Qt6::Test)
    target_include_directories(${T_NAME} PRIVATE ${PROJECT_SOURCE_DIR}/tests/support)
    set_target_properties(${T_NAME} PROPERTIES AUTOMOC ON)
    target_compile_definitions(${T_NAME} PRIVATE
        KEYWARD_TEST_DATA_DIR="${PROJECT_SOURCE_DIR}/tests/data")
    add_test(NAME ${T_NAME} COMMAND ${T_RUN_WITH} $<TARGET_FILE:${T_NAME}>)
    if(NOT T_TIMEOUT)
        set(T_TIMEOUT 120)
    endif()
    set_tests_properties(${T_NAME} PROPERTIES LABELS "${T_LABELS}" TIMEOUT ${T_TIMEOUT}
        ENVIRONMENT "QT_QPA_PLATFORM=offscreen")
endfunction()

# keyward_add_fuzzer(NAME <name> SOURCE <file> LIBS <targets...>)
# A libFuzzer harness, plus a CTest smoke run (label fuzz) over its kept corpus in
# tests/fuzz/corpus/<name> for a bounded number of runs.
function(keyward_add_fuzzer)
    cmake_parse_arguments(F "" "NAME;SOURCE;RUNS" "LIBS" ${ARGN})
    if(NOT KEYWARD_FUZZ)
        return()
    endif()
    add_executable(${F_NAME} ${F_SOURCE})
    target_compile_options(${F_NAME} PRIVATE -fsanitize=fuzzer)
    target_link_options(${F_NAME} PRIVATE -fsanitize=fuzzer)
    target_link_libraries(${F_NAME} PRIVATE ${F_LIBS})
    if(NOT F_RUNS)
        set(F_RUNS 20000)
    endif()
    # New inputs go to the build tree; the kept corpus in the source tree is only read.
    set(corpus ${PROJECT_SOURCE_DIR}/tests/fuzz/corpus/${F_NAME})
    set(scratch ${CMAKE_CURRENT_BINARY_DIR}/${F_NAME}_scratch)
    file(MAKE_DIRECTORY ${scratch})
    add_test(NAME ${F_NAME}_smoke
             COMMAND ${F_NAME} -runs=${F_RUNS} -seed=1 -max_len=4096 ${scratch} ${corpus})
    set_tests_properties(${F_NAME}_smoke PROPERTIES LABELS "fuzz" TIMEOUT 300)
endfunction()
