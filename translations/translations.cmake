# The translations of every user-facing text of src/, ui/ and app/ (the wizard, the connection
# panel and the CLI): one .ts per language, compiled by lrelease and embedded into dockervm_i18n
# under :/i18n (docker-vm_ko.qm, docker-vm_en.qm), so the installed programs need no extra files.
#
#   cmake --build build --target dockervm_i18n_lupdate   # refresh the .ts files from the sources
#
# English is the source language: docker-vm_en.ts lists every text too (lupdate updates both files
# alike) but only its plural forms (%n) are translated; the others stay empty ("unfinished") and
# the source text is shown. The test
# unit/translations (tests/i18n/check_translations.py) runs lupdate on a copy and fails on
# untranslated, vanished or unextractable texts and on placeholder or mnemonic mismatches.
# Included from src/CMakeLists.txt, so dockervm_i18n is in scope.
set(DOCKERVM_TS_FILES
    "${PROJECT_SOURCE_DIR}/translations/docker-vm_en.ts"
    "${PROJECT_SOURCE_DIR}/translations/docker-vm_ko.ts"
    CACHE INTERNAL "The .ts files")
file(GLOB_RECURSE DOCKERVM_I18N_SOURCES CONFIGURE_DEPENDS
    "${PROJECT_SOURCE_DIR}/src/*.cpp" "${PROJECT_SOURCE_DIR}/src/*.h"
    "${PROJECT_SOURCE_DIR}/ui/*.cpp" "${PROJECT_SOURCE_DIR}/ui/*.h"
    "${PROJECT_SOURCE_DIR}/app/*.cpp" "${PROJECT_SOURCE_DIR}/app/*.h")
set(DOCKERVM_I18N_INCLUDES "${PROJECT_SOURCE_DIR}" "${PROJECT_SOURCE_DIR}/src"
    "${PROJECT_SOURCE_DIR}/app/cli" CACHE INTERNAL "Include roots lupdate resolves classes with")
qt_add_translations(dockervm_i18n
    TS_FILES ${DOCKERVM_TS_FILES}
    SOURCES ${DOCKERVM_I18N_SOURCES}
    INCLUDE_DIRECTORIES ${DOCKERVM_I18N_INCLUDES}
    LUPDATE_OPTIONS -locations none
    LRELEASE_OPTIONS -nounfinished
    RESOURCE_PREFIX /i18n)
