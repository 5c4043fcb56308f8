# SPDX-License-Identifier: GPL-3.0-or-later
# One gui test: builds the sample project with `edau-cli demo`, then runs `edau` under
# xvfb-run. Needs EDAU, EDAU_CLI, XVFB_RUN, WORK_DIR and MODE, one of:
#   smoke            --smoke-test --open SAMPLE must exit 0
#   smoke-welsh      the same with --language cy
#   missing-project  --smoke-test --open on a file that does not exist must fail
#   screenshot       --screenshot FILE --open SAMPLE must exit 0 and write a real PNG
#   self-test-coding --self-test coding --open SAMPLE: codes, checks the stripe, undoes; must exit 0
#   self-test-team   --self-test team --open SAMPLE: syncs with a copy through a folder; must exit 0
#   show-document    --show document --screenshot FILE --open SAMPLE must write a real PNG
#   show-codebook-welsh  the same with --show codebook --language cy
#   show-search      the same with --show search: a search for Caerdydd, its hits and word forms
#   show-import-welsh  the same with --show import --language cy: the import dialog's preview
#   show-matrix      the same with --show matrix: the first framework matrix, at a cell with passages
#   show-agreement   the same with --show agreement: Lowri and Ben compared, a difference side by side
#   show-msc-welsh   the same with --show msc --language cy: the Most Significant Change round

foreach(var EDAU EDAU_CLI XVFB_RUN WORK_DIR MODE)
  if(NOT DEFINED ${var})
    message(FATAL_ERROR "run_gui_test.cmake: ${var} is not set")
  endif()
endforeach()

file(REMOVE_RECURSE ${WORK_DIR})
file(MAKE_DIRECTORY ${WORK_DIR})

# A screen as large as a laptop's, in true colour (xvfb-run's default is 640x480x8).
set(xvfb ${XVFB_RUN} -a -s "-screen 0 1400x900x24")

function(make_sample_project out_var)
  execute_process(COMMAND ${EDAU_CLI} demo ${WORK_DIR}/sample
                  RESULT_VARIABLE result OUTPUT_VARIABLE output ERROR_VARIABLE errors)
  if(NOT result EQUAL 0)
    message(FATAL_ERROR "edau-cli demo failed (${result}): ${errors}")
  endif()
  string(STRIP "${output}" output)
  string(REGEX REPLACE ".*\n" "" project "${output}")  # the last line is the project's path
  if(NOT EXISTS "${project}")
    message(FATAL_ERROR "edau-cli demo printed '${output}', which is not a file")
  endif()
  set(${out_var} ${project} PARENT_SCOPE)
endfunction()

function(run_edau out_result)
  execute_process(COMMAND ${xvfb} ${EDAU} ${ARGN}
                  RESULT_VARIABLE result OUTPUT_VARIABLE output ERROR_VARIABLE errors
                  TIMEOUT 90)
  message(STATUS "edau ${ARGN} -> ${result}\n${output}${errors}")
  set(${out_result} ${result} PARENT_SCOPE)
endfunction()

if(MODE STREQUAL "smoke")
  make_sample_project(project)
  run_edau(result --smoke-test --open ${project})
  if(NOT result EQUAL 0)
    message(FATAL_ERROR "edau --smoke-test failed to open ${project}")
  endif()

elseif(MODE STREQUAL "smoke-welsh")
  make_sample_project(project)
  run_edau(result --smoke-test --language cy ${project})
  if(NOT result EQUAL 0)
    message(FATAL_ERROR "edau --smoke-test --language cy failed to open ${project}")
  endif()

elseif(MODE STREQUAL "missing-project")
  run_edau(result --smoke-test --open ${WORK_DIR}/no-such-project.edau)
  if(result EQUAL 0)
    message(FATAL_ERROR "edau --smoke-test reported success for a project that does not exist")
  endif()

elseif(MODE STREQUAL "self-test-coding")
  make_sample_project(project)
  run_edau(result --self-test coding --open ${project})
  if(NOT result EQUAL 0)
    message(FATAL_ERROR "edau --self-test coding failed (see the checks above)")
  endif()

elseif(MODE STREQUAL "self-test-team")
  make_sample_project(project)
  run_edau(result --self-test team --open ${project})
  if(NOT result EQUAL 0)
    message(FATAL_ERROR "edau --self-test team failed (see the checks above)")
  endif()

elseif(MODE STREQUAL "screenshot" OR MODE STREQUAL "show-document" OR MODE STREQUAL "show-codebook-welsh"
       OR MODE STREQUAL "show-search" OR MODE STREQUAL "show-import-welsh"
       OR MODE STREQUAL "show-matrix" OR MODE STREQUAL "show-agreement" OR MODE STREQUAL "show-msc-welsh")
  make_sample_project(project)
  set(png ${WORK_DIR}/edau-main.png)
  set(extra)
  if(MODE STREQUAL "show-document")
    set(extra --show document)
  elseif(MODE STREQUAL "show-codebook-welsh")
    set(extra --show codebook --language cy)
  elseif(MODE STREQUAL "show-search")
    set(extra --show search)
  elseif(MODE STREQUAL "show-import-welsh")
    set(extra --show import --language cy)
  elseif(MODE STREQUAL "show-matrix")
    set(extra --show matrix)
  elseif(MODE STREQUAL "show-agreement")
    set(extra --show agreement)
  elseif(MODE STREQUAL "show-msc-welsh")
    set(extra --show msc --language cy)
  endif()
  run_edau(result --screenshot ${png} ${extra} --open ${project})
  if(NOT result EQUAL 0)
    message(FATAL_ERROR "edau --screenshot ${extra} failed")
  endif()
  if(NOT EXISTS ${png})
    message(FATAL_ERROR "edau --screenshot exited 0 but wrote no ${png}")
  endif()
  # A PNG starts with its signature, then the IHDR chunk: width and height, 4 bytes each.
  file(READ ${png} header LIMIT 24 HEX)
  string(SUBSTRING "${header}" 0 16 signature)
  if(NOT signature STREQUAL "89504e470d0a1a0a")
    message(FATAL_ERROR "${png} is not a PNG")
  endif()
  string(SUBSTRING "${header}" 32 8 width_hex)
  string(SUBSTRING "${header}" 40 8 height_hex)
  math(EXPR width "0x${width_hex}")
  math(EXPR height "0x${height_hex}")
  file(SIZE ${png} size)
  message(STATUS "${png}: ${width}x${height}, ${size} bytes")
  # The main window opens at about 1100x720; a window with text, a tree and a status bar
  # compresses to tens of kilobytes, a blank one to a few hundred bytes.
  if(width LESS 600 OR height LESS 400)
    message(FATAL_ERROR "the screenshot is only ${width}x${height}")
  endif()
  if(size LESS 10000)
    message(FATAL_ERROR "the screenshot is only ${size} bytes: the window looks empty")
  endif()

else()
  message(FATAL_ERROR "run_gui_test.cmake: unknown MODE ${MODE}")
endif()
