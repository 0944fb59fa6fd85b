# Hardened code generation for everything the packages ship (Debian's hardening flags:
# https://wiki.debian.org/Hardening). Static libraries are linked into the two programs, so the
# flags apply to every target, not only to the executables.
#
#   -D_FORTIFY_SOURCE=2          checked memcpy/sprintf/... (needs optimisation: not in Debug)
#   -fstack-protector-strong     stack canaries
#   -Wl,-z,relro -Wl,-z,now      read-only relocations, bound at start (full RELRO)
#   PIE                          position-independent executables (ASLR)
#
# Off with -DDOCKERVM_HARDENING=OFF (e.g. for a sanitizer build that brings its own flags).
option(DOCKERVM_HARDENING "Build with hardened compiler and linker flags" ON)

if(DOCKERVM_HARDENING AND CMAKE_CXX_COMPILER_ID MATCHES "GNU|Clang")
    include(CheckPIESupported)
    check_pie_supported(LANGUAGES CXX)
    set(CMAKE_POSITION_INDEPENDENT_CODE ON)
    add_compile_options(-fstack-protector-strong)
    # Undefine first: some toolchains (Ubuntu's) predefine another level.
    add_compile_options("$<$<NOT:$<CONFIG:Debug>>:-U_FORTIFY_SOURCE;-D_FORTIFY_SOURCE=2>")
    if(NOT WIN32 AND NOT APPLE)
        add_link_options(LINKER:-z,relro LINKER:-z,now)
    endif()
endif()

if(UNIX AND NOT APPLE)
    # qt_standard_project_setup() gives installed programs a RUNPATH of $ORIGIN and $ORIGIN/../lib.
    # The programs link Qt and OpenSSL from the system and ship no libraries of their own, and
    # Debian forbids a custom search path in packaged binaries (lintian custom-library-search-path),
    # so installed binaries get none. Binaries in the build tree keep theirs.
    set(CMAKE_INSTALL_RPATH "")
    set(CMAKE_SKIP_INSTALL_RPATH ON)
endif()
