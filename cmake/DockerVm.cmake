# Helpers shared by every directory of the build.
#
# dockervm_glob_library(<target> <dir> [LIBS <deps>...])
#   A static library built from every .cpp/.h/.qrc in <dir> (non-recursive), so adding a file
#   to a folder never needs an edit here. <dir>/.. is the public include root: code includes
#   "classic/managementclient.h", "certs/dockertlsstore.h" and so on.
function(dockervm_glob_library target dir)
    cmake_parse_arguments(ARG "" "" "LIBS" ${ARGN})
    file(GLOB sources CONFIGURE_DEPENDS
        "${dir}/*.cpp" "${dir}/*.h" "${dir}/*.qrc")
    add_library(${target} STATIC ${sources})
    get_filename_component(parent "${dir}" DIRECTORY)
    target_include_directories(${target} PUBLIC "${parent}" "${CMAKE_CURRENT_BINARY_DIR}")
    target_link_libraries(${target} PUBLIC ${ARG_LIBS})
endfunction()
