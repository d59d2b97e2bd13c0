# SPDX-License-Identifier: GPL-3.0-or-later
# The fuzz targets (tests/fuzz) in the build and in ctest.
#  - outpost_add_fuzz_build(): the `ci` build builds them as a project of their own, compiled by
#    clang (libFuzzer, ASan, UBSan) whatever compiler builds Outpost, with the same compiler
#    launcher (ccache), into <build>/fuzz; and registers their ctest runs.
#  - outpost_add_fuzz_tests(dir): one test per target, fuzz_<name>: every input of its seed
#    corpus (tests/fuzz/corpus/<name>/), then a libFuzzer run of OUTPOST_FUZZ_SECONDS with a
#    fixed seed and a memory limit (tests/fuzz/run-fuzzer.sh). A crash or a failed property
#    fails the test and leaves its input in <build>/fuzz-runs/<name>/ (crash-…, timeout-…,
#    oom-…), with the command that replays it in the test's output.
include(${PROJECT_SOURCE_DIR}/tests/fuzz/targets.cmake)
set(OUTPOST_FUZZ_SECONDS 15 CACHE STRING "Seconds of fuzzing per target in each ctest run")

function(outpost_add_fuzz_tests bin_dir)
    find_program(OUTPOST_LLVM_SYMBOLIZER NAMES llvm-symbolizer llvm-symbolizer-14
        PATHS /usr/lib/llvm-14/bin)
    set(environment "")
    if(OUTPOST_LLVM_SYMBOLIZER)
        set(environment "ASAN_SYMBOLIZER_PATH=${OUTPOST_LLVM_SYMBOLIZER}")
    endif()
    math(EXPR timeout "${OUTPOST_FUZZ_SECONDS} + 120")
    foreach(name IN LISTS OUTPOST_FUZZ_TARGETS)
        add_test(NAME fuzz_${name} COMMAND ${PROJECT_SOURCE_DIR}/tests/fuzz/run-fuzzer.sh
            ${bin_dir}/fuzz_${name} ${PROJECT_SOURCE_DIR}/tests/fuzz/corpus/${name}
            ${CMAKE_BINARY_DIR}/fuzz-runs/${name} ${OUTPOST_FUZZ_SECONDS})
        set_tests_properties(fuzz_${name} PROPERTIES TIMEOUT ${timeout} LABELS fuzz
            ENVIRONMENT "${environment}")
    endforeach()
endfunction()

function(outpost_add_fuzz_build)
    find_program(OUTPOST_CLANGXX NAMES clang++ clang++-14)
    if(NOT OUTPOST_CLANGXX)
        message(FATAL_ERROR "OUTPOST_FUZZ_IN_BUILD needs clang++ with libFuzzer (Debian: clang, "
            "libclang-rt-14-dev; packaging/install-deps.sh installs them).")
    endif()
    include(ExternalProject)
    ExternalProject_Add(outpost_fuzzers
        SOURCE_DIR ${PROJECT_SOURCE_DIR}/tests/fuzz
        BINARY_DIR ${CMAKE_BINARY_DIR}/fuzz
        CMAKE_ARGS -DCMAKE_CXX_COMPILER=${OUTPOST_CLANGXX} -DCMAKE_BUILD_TYPE=Debug
            -DCMAKE_CXX_COMPILER_LAUNCHER=${CMAKE_CXX_COMPILER_LAUNCHER}
            -DCMAKE_PREFIX_PATH=${CMAKE_PREFIX_PATH}
        BUILD_ALWAYS ON # its own Ninja decides what is out of date
        INSTALL_COMMAND "")
    outpost_add_fuzz_tests(${CMAKE_BINARY_DIR}/fuzz)
endfunction()
