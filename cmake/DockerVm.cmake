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

# Precompiled headers (DOCKERVM_PCH): the Qt headers nearly every file includes, parsed once per
# group of targets with the same compile flags instead of once per file. On by default where no
# compiler launcher (ccache) is configured, i.e. on a fresh CI machine; with ccache a PCH only
# defeats the cache. A build with DOCKERVM_PCH=OFF must still compile: every file includes what
# it uses (the developers' ccache builds check that).
#
# dockervm_pch(<target> <group>)
#   The first target of a group (core, widgets, test, guitest) compiles the header; the others
#   reuse it. Only the core group (src/ libraries, the simulators, the CLI) is used so far: it is
#   the one checked with both GCC and clang (clang refuses a reused PCH whose flags differ).
set(DOCKERVM_PCH_DEFAULT ON)
if(CMAKE_CXX_COMPILER_LAUNCHER)
    set(DOCKERVM_PCH_DEFAULT OFF)
endif()
option(DOCKERVM_PCH "Precompile the common Qt headers" ${DOCKERVM_PCH_DEFAULT})
set(DOCKERVM_PCH_CORE
    <memory> <functional> <optional> <algorithm> <vector>
    <QObject> <QString> <QStringList> <QByteArray> <QList> <QHash> <QMap> <QSet> <QPointer>
    <QCoreApplication> <QDateTime> <QDir> <QFile> <QFileInfo> <QTimer> <QUrl> <QJsonDocument>
    <QJsonObject> <QJsonArray> <QRegularExpression> <QLoggingCategory> <QElapsedTimer>
    <QNetworkAccessManager> <QNetworkReply> <QNetworkRequest> <QSslConfiguration>
    <QSslCertificate> <QSslKey> <QHostAddress>)
set(DOCKERVM_PCH_WIDGETS <QtWidgets>)
set(DOCKERVM_PCH_TEST <QtTest> <QSignalSpy> <QTemporaryDir>)
function(dockervm_pch target group)
    if(NOT DOCKERVM_PCH)
        return()
    endif()
    get_property(first GLOBAL PROPERTY DOCKERVM_PCH_FIRST_${group})
    if(first)
        target_precompile_headers(${target} REUSE_FROM ${first})
        return()
    endif()
    set_property(GLOBAL PROPERTY DOCKERVM_PCH_FIRST_${group} ${target})
    set(headers ${DOCKERVM_PCH_CORE})
    if(group STREQUAL "widgets" OR group STREQUAL "guitest")
        list(APPEND headers ${DOCKERVM_PCH_WIDGETS})
    endif()
    if(group STREQUAL "test" OR group STREQUAL "guitest")
        list(APPEND headers ${DOCKERVM_PCH_TEST})
    endif()
    target_precompile_headers(${target} PRIVATE ${headers})
endfunction()
