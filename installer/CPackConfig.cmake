# SPDX-License-Identifier: GPL-3.0-or-later
# installer: how Edau is packaged with CPack, included last by the top-level CMakeLists.txt so
# that every install() rule is known. One configuration, three generators:
#   DEB        (Linux, the default there; tested by tests/package): `cpack -G DEB` in the build
#              tree gives edau_<version>_<arch>.deb, whose Depends come from dpkg-shlibdeps.
#   NSIS       (Windows, the default there): installer/nsis/ adds the .edau file association.
#   DragNDrop  (macOS, the default there): configure with -C installer/macos/bundle-layout.cmake
#              so everything installs into Edau.app; installer/macos/ holds its Info.plist.
# It adds install rules of its own (Debian's copyright and changelog, the macOS bundle's
# files), and builds nothing but the compressed changelog.

set(EDAU_INSTALLER_DIR ${CMAKE_CURRENT_LIST_DIR})
# The reverse-DNS id of the desktop entry, AppStream component, icon, MIME package and macOS
# bundle (resources/desktop/ names its files after it).
set(EDAU_APP_ID io.github.edau.Edau)

set(EDAU_PACKAGE_MAINTAINER "Edau developers <maintainers@edau.invalid>" CACHE STRING
    "Maintainer of the packages CPack builds (Debian's Maintainer field: Name <email>)")

# --- What every package says about itself
set(CPACK_PACKAGE_NAME edau)
set(CPACK_PACKAGE_VENDOR "Edau developers")
set(CPACK_PACKAGE_CONTACT "${EDAU_PACKAGE_MAINTAINER}")
set(CPACK_PACKAGE_VERSION ${PROJECT_VERSION})
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "Qualitative research workbench, in Welsh and English")
# Wrapped for Debian's Description field (CPack indents each line); no semicolons, which
# CMake would read as list separators.
set(CPACK_PACKAGE_DESCRIPTION [[
Edau (Welsh for "threads") is a workbench for qualitative research:
import interview transcripts, read them, code passages with themes,
chart them into Framework Method matrices and compare coding across a
team, in Welsh and English alike. Search understands Welsh mutations,
and projects travel to and from other programs through REFI-QDA.

This package holds the desktop app (edau) and a command line that does
everything the app does (edau-cli).]])
set(CPACK_PACKAGE_INSTALL_DIRECTORY "Edau")
set(CPACK_PACKAGE_EXECUTABLES edau Edau)  # the Start menu shortcut (NSIS)
set(CPACK_RESOURCE_FILE_LICENSE ${PROJECT_SOURCE_DIR}/LICENSE)
set(CPACK_STRIP_FILES ON)           # RelWithDebInfo binaries are mostly debug information
set(CPACK_VERBATIM_VARIABLES ON)    # the NSIS snippets below hold quotes, $ and backslashes
set(CPACK_PACKAGE_CHECKSUM SHA256)

set(CPACK_SOURCE_GENERATOR TGZ)
set(CPACK_SOURCE_IGNORE_FILES "/\\.git/" "/build[^/]*/" "/\\.cache/" "\\.swp$")

if(WIN32)
  set(CPACK_GENERATOR NSIS)
elseif(APPLE)
  set(CPACK_GENERATOR DragNDrop)
else()
  set(CPACK_GENERATOR DEB)
endif()

# --- Debian package
# Depends: dpkg-shlibdeps reads the binaries' shared libraries (wxWidgets, Xapian, ICU, SQLite,
# libzip, poppler...). What it cannot see is aspell-cy: the text module reads its Welsh word
# list (/usr/share/aspell/cy.cwl.gz) as data at run time. Edau still searches without it, but
# Welsh search then misses mutated forms, the point of Edau, so it is a Depends, not a Recommends.
set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
set(CPACK_DEBIAN_PACKAGE_DEPENDS "aspell-cy")
set(CPACK_DEBIAN_PACKAGE_SECTION science)
set(CPACK_DEBIAN_PACKAGE_PRIORITY optional)
set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)  # edau_<version>_<arch>.deb
set(CPACK_DEBIAN_COMPRESSION_TYPE xz)
set(CPACK_DEBIAN_PACKAGE_CONTROL_STRICT_PERMISSION ON)
# No maintainer scripts: dpkg's triggers (shared-mime-info, desktop-file-utils, the hicolor
# icon cache) refresh the MIME database, the menu and the icons when files land in their folders.

if(UNIX AND NOT APPLE)
  # Debian wants the licence and a compressed changelog in /usr/share/doc/<package>/
  # (CMAKE_INSTALL_DOCDIR would say Edau, the project's name, not edau, the package's).
  set(edau_doc_dir ${CMAKE_INSTALL_DATAROOTDIR}/doc/${CPACK_PACKAGE_NAME})
  install(FILES ${EDAU_INSTALLER_DIR}/debian/copyright DESTINATION ${edau_doc_dir})
  find_program(EDAU_GZIP_EXECUTABLE gzip)
  if(EDAU_GZIP_EXECUTABLE)
    set(edau_changelog ${PROJECT_BINARY_DIR}/installer/changelog)
    configure_file(${EDAU_INSTALLER_DIR}/debian/changelog.in ${edau_changelog} @ONLY)
    add_custom_command(OUTPUT ${edau_changelog}.gz
                       COMMAND ${EDAU_GZIP_EXECUTABLE} -9 -n -f -k ${edau_changelog}
                       DEPENDS ${edau_changelog}
                       COMMENT "Compressing the Debian changelog" VERBATIM)
    add_custom_target(edau_debian_changelog ALL DEPENDS ${edau_changelog}.gz)
    install(FILES ${edau_changelog}.gz DESTINATION ${edau_doc_dir})
  endif()
endif()

# --- Windows installer (NSIS)
set(CPACK_NSIS_PACKAGE_NAME "Edau")
set(CPACK_NSIS_DISPLAY_NAME "Edau ${PROJECT_VERSION}")
set(CPACK_NSIS_MUI_ICON ${PROJECT_SOURCE_DIR}/resources/icons/edau.ico)
set(CPACK_NSIS_MUI_UNIICON ${PROJECT_SOURCE_DIR}/resources/icons/edau.ico)
set(CPACK_NSIS_INSTALLED_ICON_NAME "bin\\edau.exe")
set(CPACK_NSIS_EXECUTABLES_DIRECTORY bin)
set(CPACK_NSIS_ENABLE_UNINSTALL_BEFORE_INSTALL ON)
set(CPACK_NSIS_MODIFY_PATH ON)  # offers to put bin\ on PATH, so edau-cli runs in a terminal
set(CPACK_NSIS_MANIFEST_DPI_AWARE ON)
set(CPACK_NSIS_MUI_FINISHPAGE_RUN edau.exe)
file(READ ${EDAU_INSTALLER_DIR}/nsis/file_association_install.nsh CPACK_NSIS_EXTRA_INSTALL_COMMANDS)
file(READ ${EDAU_INSTALLER_DIR}/nsis/file_association_uninstall.nsh CPACK_NSIS_EXTRA_UNINSTALL_COMMANDS)
set_property(DIRECTORY APPEND PROPERTY CMAKE_CONFIGURE_DEPENDS
             ${EDAU_INSTALLER_DIR}/nsis/file_association_install.nsh
             ${EDAU_INSTALLER_DIR}/nsis/file_association_uninstall.nsh)

if(WIN32)
  # The icon the file association shows for .edau projects.
  install(FILES ${PROJECT_SOURCE_DIR}/resources/icons/edau.ico DESTINATION ${CMAKE_INSTALL_DATADIR}/edau)
  # The DLLs the programs load (wxWidgets, Xapian, ICU...), found from the built executables.
  # Windows' own DLLs stay out.
  install(CODE "set(EDAU_BINDIR \"\${CMAKE_INSTALL_PREFIX}/${CMAKE_INSTALL_BINDIR}\")")
  install(CODE [[
    file(GET_RUNTIME_DEPENDENCIES
      EXECUTABLES "${EDAU_BINDIR}/edau.exe" "${EDAU_BINDIR}/edau-cli.exe"
      RESOLVED_DEPENDENCIES_VAR edau_dlls
      UNRESOLVED_DEPENDENCIES_VAR edau_missing
      PRE_EXCLUDE_REGEXES "^api-ms-" "^ext-ms-"
      POST_EXCLUDE_REGEXES "[Ss]ystem32/" "[Ww]in[Ss]x[Ss]/")
    if(edau_missing)
      message(WARNING "DLLs not found, so not in the installer: ${edau_missing}")
    endif()
    file(INSTALL ${edau_dlls} DESTINATION "${EDAU_BINDIR}")
  ]])
endif()

# --- macOS disk image (DragNDrop)
set(CPACK_DMG_VOLUME_NAME "Edau ${PROJECT_VERSION}")
set(CPACK_DMG_FORMAT UDBZ)
# CPack adds the Applications symlink to drag the bundle onto.

if(APPLE)
  # The volume's icon (only here: NSIS would take CPACK_PACKAGE_ICON for its header bitmap).
  set(CPACK_PACKAGE_ICON ${PROJECT_SOURCE_DIR}/resources/icons/edau.icns)
  set(EDAU_BUNDLE Edau.app)
  if(NOT CMAKE_INSTALL_BINDIR STREQUAL "${EDAU_BUNDLE}/Contents/MacOS")
    message(WARNING "The macOS disk image needs the bundle layout: configure with "
                    "-C ${EDAU_INSTALLER_DIR}/macos/bundle-layout.cmake in a fresh build folder.")
  endif()
  configure_file(${EDAU_INSTALLER_DIR}/macos/Info.plist.in ${PROJECT_BINARY_DIR}/installer/Info.plist @ONLY)
  install(FILES ${PROJECT_BINARY_DIR}/installer/Info.plist DESTINATION ${EDAU_BUNDLE}/Contents)
  install(FILES ${PROJECT_SOURCE_DIR}/resources/icons/edau.icns DESTINATION ${EDAU_BUNDLE}/Contents/Resources)
  install(DIRECTORY ${EDAU_INSTALLER_DIR}/macos/en.lproj ${EDAU_INSTALLER_DIR}/macos/cy.lproj
          DESTINATION ${EDAU_BUNDLE}/Contents/Resources)
  # Copies the dylibs the programs load into the bundle and points the programs at them, so
  # the bundle runs on a Mac without Homebrew.
  install(CODE "
    include(BundleUtilities)
    fixup_bundle(\"\${CMAKE_INSTALL_PREFIX}/${EDAU_BUNDLE}\" \"\" \"\")
  ")
endif()

include(CPack)
