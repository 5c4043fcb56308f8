# SPDX-License-Identifier: GPL-3.0-or-later
# The package tests, run with cmake -P. MODE says which:
#   files  the desktop integration files as their own validators see them: the .desktop entry
#          (desktop-file-validate), the AppStream metainfo (appstreamcli validate, offline), the
#          MIME package (update-mime-database), the manual pages (groff's warnings), and the
#          macOS Info.plist template (well-formed XML declaring the .edau type)
#   deb    builds the .deb with cpack into WORK_DIR, then reads it with dpkg-deb: the files it
#          must hold, its Depends, and a run of its own edau-cli from the unpacked tree
# Needs SOURCE_DIR, BUILD_DIR, WORK_DIR, VERSION; for deb also CPACK. A missing tool skips the
# test (it prints EDAU_TEST_SKIPPED); scripts/debian-packages.txt installs them all.

foreach(var MODE SOURCE_DIR BUILD_DIR WORK_DIR VERSION)
  if(NOT DEFINED ${var})
    message(FATAL_ERROR "check_package.cmake: ${var} is not set")
  endif()
endforeach()

set(app_id io.github.edau.Edau)
set(desktop_dir ${SOURCE_DIR}/resources/desktop)
file(REMOVE_RECURSE ${WORK_DIR})
file(MAKE_DIRECTORY ${WORK_DIR})

function(skip reason)
  message(STATUS "EDAU_TEST_SKIPPED: ${reason}")
endfunction()

# require_tools(out_var tool...): out_var is TRUE when all are found (each as EXE_<tool>).
function(require_tools out_var)
  set(all TRUE)
  foreach(tool IN LISTS ARGN)
    string(MAKE_C_IDENTIFIER "EXE_${tool}" var)
    find_program(${var} ${tool})
    if(NOT ${var})
      skip("${tool} is not installed (see scripts/debian-packages.txt)")
      set(all FALSE)
    endif()
    set(${var} ${${var}} PARENT_SCOPE)
  endforeach()
  set(${out_var} ${all} PARENT_SCOPE)
endfunction()

# run(out_var command...): runs the command and fails the test unless it exits 0; out_var
# gets standard output.
function(run out_var)
  execute_process(COMMAND ${ARGN} RESULT_VARIABLE result OUTPUT_VARIABLE output ERROR_VARIABLE errors)
  if(NOT result EQUAL 0)
    list(JOIN ARGN " " shown)
    message(FATAL_ERROR "${shown}\nexited with ${result}:\n${output}${errors}")
  endif()
  set(${out_var} "${output}" PARENT_SCOPE)
endfunction()

if(MODE STREQUAL "files")
  require_tools(found desktop-file-validate appstreamcli update-mime-database)
  if(NOT found)
    return()
  endif()

  # The menu entry: hints (Education and Office are both main categories) are fine; errors and
  # warnings are not.
  run(output ${EXE_desktop_file_validate} ${desktop_dir}/${app_id}.desktop)
  if(output MATCHES "(error|warning):")
    message(FATAL_ERROR "desktop-file-validate:\n${output}")
  endif()

  # AppStream: no errors and no warnings (the id's capital letters are a pedantic note only).
  run(output ${EXE_appstreamcli} validate --no-net --no-color ${desktop_dir}/${app_id}.metainfo.xml)
  if(output MATCHES "(^|\n)[EW]: ")
    message(FATAL_ERROR "appstreamcli validate:\n${output}")
  endif()

  # MIME: a private database built from the package alone must know the type, its glob and
  # its Welsh name (update-mime-database rejects malformed packages).
  file(MAKE_DIRECTORY ${WORK_DIR}/mime/packages)
  file(COPY_FILE ${desktop_dir}/${app_id}.mime.xml ${WORK_DIR}/mime/packages/${app_id}.xml)
  run(output ${EXE_update_mime_database} ${WORK_DIR}/mime)
  set(type_file ${WORK_DIR}/mime/application/x-edau-project.xml)
  if(NOT EXISTS ${type_file})
    message(FATAL_ERROR "update-mime-database made no application/x-edau-project from ${app_id}.mime.xml")
  endif()
  file(READ ${WORK_DIR}/mime/globs2 globs)
  if(NOT globs MATCHES "application/x-edau-project:\\*\\.edau")
    message(FATAL_ERROR "The MIME database has no *.edau glob:\n${globs}")
  endif()
  file(READ ${type_file} type)
  if(NOT type MATCHES "xml:lang=\"cy\">Prosiect Edau<")
    message(FATAL_ERROR "The MIME type has no Welsh comment:\n${type}")
  endif()

  # Manual pages: roff that groff reads without a warning.
  find_program(EXE_groff groff)
  if(EXE_groff)
    foreach(page edau.1 edau-cli.1)
      file(READ ${SOURCE_DIR}/resources/man/${page}.in text)
      string(REPLACE "@PROJECT_VERSION@" "${VERSION}" text "${text}")
      file(WRITE ${WORK_DIR}/${page} "${text}")
      execute_process(COMMAND ${EXE_groff} -man -Tutf8 -ww -z ${WORK_DIR}/${page}
                      RESULT_VARIABLE result ERROR_VARIABLE warnings)
      if(NOT result EQUAL 0 OR NOT warnings STREQUAL "")
        message(FATAL_ERROR "groff warns about ${page}:\n${warnings}")
      endif()
    endforeach()
  else()
    message(STATUS "groff not found: the manual pages were not checked")
  endif()

  # macOS: the Info.plist the DragNDrop package puts in Edau.app declares the .edau type.
  set(EDAU_APP_ID ${app_id})
  set(PROJECT_VERSION ${VERSION})
  configure_file(${SOURCE_DIR}/installer/macos/Info.plist.in ${WORK_DIR}/Info.plist @ONLY)
  file(READ ${WORK_DIR}/Info.plist plist)
  foreach(expected "<key>CFBundleDocumentTypes</key>" "<string>edau</string>"
                   "<string>${app_id}.project</string>" "<key>CFBundleExecutable</key>\n  <string>edau</string>")
    string(FIND "${plist}" "${expected}" at)
    if(at EQUAL -1)
      message(FATAL_ERROR "Info.plist lacks ${expected}")
    endif()
  endforeach()
  find_program(EXE_xmllint xmllint)
  if(EXE_xmllint)
    run(output ${EXE_xmllint} --noout --nonet ${WORK_DIR}/Info.plist)
  endif()
  message(STATUS "The desktop entry, AppStream metadata, MIME type, manual pages and Info.plist are valid")

elseif(MODE STREQUAL "deb")
  require_tools(found dpkg-deb dpkg-shlibdeps file)
  if(NOT found)
    return()
  endif()

  # Build it. cpack first brings the build up to date (nothing to do after a build).
  run(output ${CPACK} -G DEB --config ${BUILD_DIR}/CPackConfig.cmake -B ${WORK_DIR})
  file(GLOB debs ${WORK_DIR}/edau_*.deb)
  list(LENGTH debs count)
  if(NOT count EQUAL 1)
    message(FATAL_ERROR "cpack made ${count} edau_*.deb files in ${WORK_DIR}:\n${output}")
  endif()
  set(deb ${debs})
  get_filename_component(name ${deb} NAME)
  if(NOT name MATCHES "^edau_${VERSION}_[a-z0-9]+\\.deb$")
    message(FATAL_ERROR "The package is named ${name}, not edau_${VERSION}_<arch>.deb")
  endif()

  # The control fields: the name, the version, and the dependencies apt must resolve
  # (shlibdeps finds the libraries; aspell-cy is data, named by hand).
  run(package ${EXE_dpkg_deb} -f ${deb} Package)
  run(version ${EXE_dpkg_deb} -f ${deb} Version)
  run(depends ${EXE_dpkg_deb} -f ${deb} Depends)
  string(STRIP "${package}" package)
  string(STRIP "${version}" version)
  if(NOT package STREQUAL "edau" OR NOT version STREQUAL VERSION)
    message(FATAL_ERROR "Package ${package} version ${version}: expected edau ${VERSION}")
  endif()
  foreach(dependency libwxgtk3 libwxbase3 libxapian aspell-cy libicu libsqlite3 libc6)
    if(NOT depends MATCHES "(^|, )${dependency}")
      message(FATAL_ERROR "Depends lacks ${dependency}: ${depends}")
    endif()
  endforeach()

  # The files: programs, desktop integration, catalogue, sample project, user guide, manual pages.
  run(listing ${EXE_dpkg_deb} -c ${deb})
  set(expected
    ./usr/bin/edau
    ./usr/bin/edau-cli
    ./usr/libexec/edau/edau-pdf-text
    ./usr/share/applications/${app_id}.desktop
    ./usr/share/metainfo/${app_id}.metainfo.xml
    ./usr/share/mime/packages/${app_id}.xml
    ./usr/share/icons/hicolor/scalable/apps/${app_id}.svg
    ./usr/share/icons/hicolor/48x48/apps/${app_id}.png
    ./usr/share/icons/hicolor/128x128/apps/${app_id}.png
    ./usr/share/icons/hicolor/256x256/apps/${app_id}.png
    ./usr/share/locale/cy/LC_MESSAGES/edau.mo
    ./usr/share/edau/sample/cases.csv
    ./usr/share/edau/sample/codebook.csv
    ./usr/share/edau/sample/transcripts/carer-01-sian.txt
    ./usr/share/edau/help/en/index.html
    ./usr/share/edau/help/cy/index.html
    ./usr/share/edau/help/cy/images/matrix.png
    ./usr/share/man/man1/edau.1.gz
    ./usr/share/man/man1/edau-cli.1.gz
    ./usr/share/doc/edau/copyright
    ./usr/share/doc/edau/changelog.gz)
  foreach(path IN LISTS expected)
    string(REPLACE "." "\\." pattern "${path}")
    if(NOT listing MATCHES " ${pattern}\n")
      message(FATAL_ERROR "The package lacks ${path}:\n${listing}")
    endif()
  endforeach()
  # Nothing of the build tree or the developers' tools.
  if(listing MATCHES "(/usr/local/|/include/|\\.a\n|_test\n|/bench)")
    message(FATAL_ERROR "The package holds files it should not (${CMAKE_MATCH_1}):\n${listing}")
  endif()

  # Unpacked anywhere, its own edau-cli finds its own sample project (../share/edau beside
  # the program, not the build tree's) and builds it.
  set(root ${WORK_DIR}/root)
  run(output ${EXE_dpkg_deb} -x ${deb} ${root})
  run(output ${CMAKE_COMMAND} -E env --unset=EDAU_DATA_DIR --unset=EDAU_LOCALE_DIR
      ${root}/usr/bin/edau-cli demo ${WORK_DIR}/sample)
  string(STRIP "${output}" project)
  if(NOT EXISTS "${project}")
    message(FATAL_ERROR "The packaged edau-cli demo printed '${output}', which is not a file")
  endif()
  run(output ${root}/usr/bin/edau-cli info ${project} --json)
  if(NOT output MATCHES "\"documents\": *7")
    message(FATAL_ERROR "The packaged edau-cli's sample project does not hold the 7 sample transcripts:\n${output}")
  endif()
  # The manual pages are real gzip files.
  foreach(page edau.1 edau-cli.1)
    file(READ ${root}/usr/share/man/man1/${page}.gz magic LIMIT 2 HEX)
    if(NOT magic STREQUAL "1f8b")
      message(FATAL_ERROR "${page}.gz is not gzip-compressed")
    endif()
  endforeach()
  message(STATUS "${name}: Depends: ${depends}")

else()
  message(FATAL_ERROR "check_package.cmake: unknown MODE ${MODE}")
endif()
