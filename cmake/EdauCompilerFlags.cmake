# SPDX-License-Identifier: GPL-3.0-or-later
# Compiler warnings and sanitizers, applied to Edau's own targets through edau_project_options.
add_library(edau_project_options INTERFACE)
target_compile_options(edau_project_options INTERFACE
  -Wall -Wextra -Wpedantic -Wshadow -Wnon-virtual-dtor -Wold-style-cast -Wcast-align
  -Woverloaded-virtual -Wnull-dereference -Wimplicit-fallthrough)
if(EDAU_WARNINGS_AS_ERRORS)
  target_compile_options(edau_project_options INTERFACE -Werror)
endif()
if(EDAU_SANITIZE)
  target_compile_options(edau_project_options INTERFACE
    -fsanitize=address,undefined -fno-omit-frame-pointer -fno-sanitize-recover=undefined)
  target_link_options(edau_project_options INTERFACE -fsanitize=address,undefined)
endif()

# edau_add_core_module(NAME SOURCES... DEPENDS mods... PRIVATE_LIBS libs...)
# One static library per domain: edau_<name>, alias edau::<name>.
function(edau_add_core_module name)
  cmake_parse_arguments(ARG "" "" "SOURCES;DEPENDS;PRIVATE_LIBS" ${ARGN})
  add_library(edau_${name} STATIC ${ARG_SOURCES})
  add_library(edau::${name} ALIAS edau_${name})
  target_include_directories(edau_${name}
    PUBLIC $<BUILD_INTERFACE:${PROJECT_SOURCE_DIR}/include>
    PRIVATE ${CMAKE_CURRENT_SOURCE_DIR})
  target_link_libraries(edau_${name} PUBLIC ${ARG_DEPENDS} PRIVATE edau_project_options ${ARG_PRIVATE_LIBS})
  set_target_properties(edau_${name} PROPERTIES POSITION_INDEPENDENT_CODE ON)
endfunction()
