# The console and keywardctl for Windows: windeployqt beside them at install time, and
# an installer made by CPack with NSIS (cpack -G NSIS) or, with WiX Toolset 3 on the
# PATH, an MSI (cpack -G WIX). Included from installer/CMakeLists.txt on WIN32 only.
#
# What this covers and what it does not is in README.md, "The console on Windows".

# windeployqt copies the Qt libraries, the platform, style, TLS (Schannel, so no
# OpenSSL DLLs are needed) and SQL plugins and Qt's translations next to the programs.
# QtKeychain is not a Qt module, so windeployqt does not know it: its DLL is copied here.
find_program(KEYWARD_WINDEPLOYQT windeployqt
             HINTS "${QT6_INSTALL_PREFIX}/${QT6_INSTALL_BINS}" "${QT6_INSTALL_PREFIX}/bin" REQUIRED)

install(FILES $<TARGET_FILE:qt6keychain> DESTINATION ${CMAKE_INSTALL_BINDIR})
install(CODE "
    execute_process(
        COMMAND \"${KEYWARD_WINDEPLOYQT}\" --no-compiler-runtime --no-system-d3d-compiler
                --no-opengl-sw
                \"\${CMAKE_INSTALL_PREFIX}/${CMAKE_INSTALL_BINDIR}/keyward.exe\"
                \"\${CMAKE_INSTALL_PREFIX}/${CMAKE_INSTALL_BINDIR}/keywardctl.exe\"
        RESULT_VARIABLE keyward_deploy_result)
    if(NOT keyward_deploy_result EQUAL 0)
        message(FATAL_ERROR \"windeployqt failed: \${keyward_deploy_result}\")
    endif()
")
# The compiler's runtime (MSVC redistributable or MinGW's libstdc++/libgcc/winpthread).
set(CMAKE_INSTALL_SYSTEM_RUNTIME_DESTINATION ${CMAKE_INSTALL_BINDIR})
include(InstallRequiredSystemLibraries)

set(CPACK_GENERATOR NSIS)
set(CPACK_PACKAGE_INSTALL_DIRECTORY Keyward)
set(CPACK_PACKAGE_EXECUTABLES keyward Keyward)
set(CPACK_CREATE_DESKTOP_LINKS keyward)
set(CPACK_NSIS_DISPLAY_NAME "Keyward console")
set(CPACK_NSIS_PACKAGE_NAME "Keyward console")
set(CPACK_NSIS_MUI_FINISHPAGE_RUN keyward.exe)
set(CPACK_NSIS_URL_INFO_ABOUT ${CPACK_PACKAGE_HOMEPAGE_URL})
set(CPACK_NSIS_ENABLE_UNINSTALL_BEFORE_INSTALL ON)
# keywardctl on the PATH for scripts (the console needs no PATH entry).
set(CPACK_NSIS_MODIFY_PATH ON)
# WiX: a stable upgrade code, so a newer MSI replaces an older one.
set(CPACK_WIX_UPGRADE_GUID 6F0B3C52-8E0B-4C57-9A53-5C1D8A2E7B41)
set(CPACK_WIX_PROGRAM_MENU_FOLDER Keyward)
