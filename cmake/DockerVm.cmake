# Helpers shared by every directory of the build.
#
# dockervm_glob_library(<target> <dir> [LIBS <deps>...])
#   A static library built from every .cpp/.h/.ui/.qrc in <dir> (non-recursive), so adding a file
#   to a folder never needs an edit here. <dir>/.. is the public include root: code includes
#   "azure/managementclient.h", "certs/dockertlsstore.h" and so on.
function(dockervm_glob_library target dir)
    cmake_parse_arguments(ARG "" "" "LIBS" ${ARGN})
    file(GLOB sources CONFIGURE_DEPENDS
        "${dir}/*.cpp" "${dir}/*.h" "${dir}/*.ui" "${dir}/*.qrc")
    list(FILTER sources INCLUDE REGEX ".*")
    set(has_cpp FALSE)
    foreach(s IN LISTS sources)
        if(s MATCHES "\\.cpp$")
            set(has_cpp TRUE)
        endif()
    endforeach()
    if(NOT has_cpp)
        # A folder whose code has not landed yet still yields a linkable target.
        set(stub "${CMAKE_CURRENT_BINARY_DIR}/${target}_empty.cpp")
        file(WRITE "${stub}" "namespace { [[maybe_unused]] int ${target}_placeholder; }\n")
        list(APPEND sources "${stub}")
    endif()
    add_library(${target} STATIC ${sources})
    get_filename_component(parent "${dir}" DIRECTORY)
    target_include_directories(${target} PUBLIC "${parent}" "${CMAKE_CURRENT_BINARY_DIR}")
    set_target_properties(${target} PROPERTIES AUTOUIC_SEARCH_PATHS "${dir}")
    target_link_libraries(${target} PUBLIC ${ARG_LIBS})
endfunction()
