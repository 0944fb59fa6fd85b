# DOCKERVM_SANITIZE=address,undefined builds every target (libraries, programs, tests) with those
# sanitizers; undefined behaviour aborts (no recovery) so a finding fails its test.
# DOCKERVM_FUZZ=ON builds the libFuzzer targets of tests/fuzz (clang only); the libraries are
# then also built with -fsanitize=fuzzer-no-link so the fuzzers see their coverage.
if(DOCKERVM_SANITIZE)
    if(NOT CMAKE_CXX_COMPILER_ID MATCHES "GNU|Clang")
        message(FATAL_ERROR "DOCKERVM_SANITIZE needs clang or GCC")
    endif()
    set(flags -fsanitize=${DOCKERVM_SANITIZE} -fno-omit-frame-pointer)
    if(DOCKERVM_SANITIZE MATCHES "undefined")
        list(APPEND flags -fno-sanitize-recover=undefined)
    endif()
    add_compile_options(${flags})
    add_link_options(${flags})
    message(STATUS "Sanitizers: ${DOCKERVM_SANITIZE}")
endif()
if(DOCKERVM_FUZZ)
    if(NOT CMAKE_CXX_COMPILER_ID MATCHES "Clang")
        message(FATAL_ERROR "DOCKERVM_FUZZ needs clang (libFuzzer), e.g. "
                            "-DCMAKE_CXX_COMPILER=clang++-14")
    endif()
    add_compile_options(-fsanitize=fuzzer-no-link)
endif()
