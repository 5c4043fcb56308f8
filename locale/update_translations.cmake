# SPDX-License-Identifier: GPL-3.0-or-later
# Run by the update-translations target: extracts every translatable string under src/ and
# include/ into locale/edau.pot, then merges it into each <lang>.po listed in LINGUAS.
# Needs SOURCE_DIR, LOCALE_DIR, WORK_DIR (scratch), XGETTEXT, MSGMERGE, PACKAGE_VERSION.

foreach(var SOURCE_DIR LOCALE_DIR WORK_DIR XGETTEXT MSGMERGE PACKAGE_VERSION)
  if(NOT DEFINED ${var})
    message(FATAL_ERROR "update_translations.cmake: ${var} is not set")
  endif()
endforeach()

# Globbed when run, so new files are picked up without re-configuring. Sorted and relative,
# so edau.pot does not change with the checkout's location or the file system's order.
file(GLOB_RECURSE sources RELATIVE ${SOURCE_DIR}
     ${SOURCE_DIR}/src/*.cpp ${SOURCE_DIR}/src/*.h ${SOURCE_DIR}/include/*.h)
list(SORT sources)
set(file_list ${WORK_DIR}/edau-pot-files.txt)
list(JOIN sources "\n" file_list_text)
file(WRITE ${file_list} "${file_list_text}\n")

execute_process(
  COMMAND ${XGETTEXT}
          --language=C++ --from-code=UTF-8 --no-wrap
          --keyword=_ --keyword=N_ --keyword=tr --keyword=wxPLURAL:1,2 --keyword=wxTRANSLATE --keyword=EDAU_MSG
          --add-comments=TRANSLATORS:
          --package-name=Edau --package-version=${PACKAGE_VERSION}
          "--copyright-holder=The Edau authors"
          --directory=${SOURCE_DIR} --files-from=${file_list}
          --output=${LOCALE_DIR}/edau.pot
  RESULT_VARIABLE result)
file(REMOVE ${file_list})
if(NOT result EQUAL 0)
  message(FATAL_ERROR "xgettext failed (${result})")
endif()

# A template that says what it is.
file(READ ${LOCALE_DIR}/edau.pot pot)
string(REPLACE "# SOME DESCRIPTIVE TITLE." "# Edau: translation template." pot "${pot}")
string(REPLACE "# This file is distributed under the same license as the Edau package."
               "# This file is distributed under the same licence as Edau (GPL-3.0-or-later)." pot "${pot}")
string(REPLACE "charset=CHARSET" "charset=UTF-8" pot "${pot}")
file(WRITE ${LOCALE_DIR}/edau.pot "${pot}")

file(STRINGS ${LOCALE_DIR}/LINGUAS linguas REGEX "^[^#].*")
foreach(lang IN LISTS linguas)
  string(STRIP "${lang}" lang)
  if(lang STREQUAL "")
    continue()
  endif()
  execute_process(
    COMMAND ${MSGMERGE} --quiet --update --backup=none --previous --no-wrap
            ${LOCALE_DIR}/${lang}.po ${LOCALE_DIR}/edau.pot
    RESULT_VARIABLE result)
  if(NOT result EQUAL 0)
    message(FATAL_ERROR "msgmerge failed for ${lang}.po (${result})")
  endif()
  message(STATUS "Merged ${lang}.po: translate new entries and check fuzzy ones, then run "
                 "msgfmt --check --statistics locale/${lang}.po")
endforeach()
