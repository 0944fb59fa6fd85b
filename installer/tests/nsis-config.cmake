# package/nsis-config: the Windows installer cannot be built here, so this checks that a configure
# for it succeeds and produces the NSIS settings (Start menu, icon, file association, licence).
#   cmake -DSOURCE_DIR=... -DWORK_DIR=... -DGENERATOR=... -P nsis-config.cmake
cmake_minimum_required(VERSION 3.21)
file(REMOVE_RECURSE "${WORK_DIR}")
execute_process(
    COMMAND ${CMAKE_COMMAND} -S "${SOURCE_DIR}" -B "${WORK_DIR}" -G "${GENERATOR}"
        -DCPACK_GENERATOR=NSIS -DDOCKERVM_BUILD_TESTS=OFF
    RESULT_VARIABLE rc OUTPUT_VARIABLE out ERROR_VARIABLE err)
if(NOT rc EQUAL 0)
    message(FATAL_ERROR "configure with -DCPACK_GENERATOR=NSIS failed:\n${out}\n${err}")
endif()
if(err MATCHES "CMake Warning|CMake Error")
    message(FATAL_ERROR "configure with -DCPACK_GENERATOR=NSIS warned:\n${err}")
endif()
include("${WORK_DIR}/CPackConfig.cmake")
set(problems "")
macro(expect var regex)
    if(NOT "${${var}}" MATCHES "${regex}")
        string(APPEND problems "${var} is '${${var}}', expected to match '${regex}'\n")
    endif()
endmacro()
expect(CPACK_GENERATOR "^NSIS$")
expect(CPACK_PACKAGE_EXECUTABLES "^docker-vm-wizard;Docker VM Wizard$")
expect(CPACK_NSIS_MUI_ICON "\\.ico$")
expect(CPACK_NSIS_INSTALLED_ICON_NAME "docker-vm-wizard\\.exe$")
expect(CPACK_RESOURCE_FILE_LICENSE "LICENSE$")
# Literal text of the NSIS script (single backslashes, as makensis reads them).
function(expect_text var text)
    string(FIND "${${var}}" "${text}" at)
    if(at EQUAL -1)
        set(problems "${problems}${var} lacks: ${text}\n" PARENT_SCOPE)
    endif()
endfunction()
expect_text(CPACK_NSIS_EXTRA_INSTALL_COMMANDS
    [=[WriteRegStr SHCTX 'Software\Classes\.publishsettings' '' 'DockerVmWizard.PublishSettings']=])
expect_text(CPACK_NSIS_EXTRA_INSTALL_COMMANDS
    [=['Software\Classes\DockerVmWizard.PublishSettings\shell\open\command' '' '"$INSTDIR\bin\docker-vm-wizard.exe" "%1"']=])
expect_text(CPACK_NSIS_EXTRA_UNINSTALL_COMMANDS
    [=[DeleteRegKey SHCTX 'Software\Classes\DockerVmWizard.PublishSettings']=])
file(GLOB deploy "${WORK_DIR}/.qt/deploy_docker_vm_wizard_*")
if(NOT deploy)
    string(APPEND problems "qt_generate_deploy_app_script wrote no deploy script\n")
endif()
if(problems)
    message(FATAL_ERROR "NSIS configuration incomplete:\n${problems}")
endif()
message(STATUS "NSIS configuration complete: ${CPACK_NSIS_PACKAGE_NAME}, deploy script ${deploy}")
file(REMOVE_RECURSE "${WORK_DIR}")
