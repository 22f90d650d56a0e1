# core_no_sdl: the core (src/core, library qk_core) must never depend on SDL.
#
# This file works two ways. Included by tests/CMakeLists.txt, it registers a test
# that runs this same file as a script (cmake -P) with the core's folder and its
# link libraries. Run as a script, it fails when a file in src/core includes an
# SDL header (<SDL.h>, "SDL_ttf.h", <SDL2/...>, ...) or when qk_core links to
# anything named SDL, and prints the file and line to fix.
if(CMAKE_SCRIPT_MODE_FILE)
  set(problems "")
  file(GLOB core_files ${QK_CORE_DIR}/*.c ${QK_CORE_DIR}/*.h)
  list(LENGTH core_files n_files)
  if(n_files EQUAL 0)
    message(FATAL_ERROR "core_no_sdl: no sources found in '${QK_CORE_DIR}'")
  endif()
  foreach(f ${core_files})
    file(STRINGS ${f} lines)
    set(line_no 0)
    foreach(line IN LISTS lines)
      math(EXPR line_no "${line_no} + 1")
      if(line MATCHES "^[ \t]*#[ \t]*include[ \t]*[<\"](SDL|SDL2/)")
        string(APPEND problems "${f}:${line_no}: error: the core includes SDL (${line}); move this code to src/shell\n")
      endif()
    endforeach()
  endforeach()
  string(REPLACE "|" ";" libs "${QK_CORE_LIBS}")
  foreach(lib IN LISTS libs)
    if(lib MATCHES "[Ss][Dd][Ll]")
      string(APPEND problems "CMakeLists.txt: error: qk_core links to '${lib}'; the core must not link SDL\n")
    endif()
  endforeach()
  if(problems)
    # Printed as is (a FATAL_ERROR message would be re-wrapped), then fail.
    message(NOTICE "${problems}")
    message(FATAL_ERROR "core_no_sdl: the core must stay free of SDL (see above)")
  endif()
  message(STATUS "core_no_sdl: ${n_files} files in src/core, none includes SDL; qk_core links: ${QK_CORE_LIBS}")
  return()
endif()

get_target_property(qk_core_libs qk_core LINK_LIBRARIES)
get_target_property(qk_core_ilibs qk_core INTERFACE_LINK_LIBRARIES)
set(qk_core_all_libs "")
foreach(lib IN LISTS qk_core_libs qk_core_ilibs)
  if(lib)
    list(APPEND qk_core_all_libs "${lib}")
  endif()
endforeach()
list(REMOVE_DUPLICATES qk_core_all_libs)
string(REPLACE ";" "|" qk_core_all_libs "${qk_core_all_libs}")
add_test(NAME core_no_sdl
         COMMAND ${CMAKE_COMMAND} -DQK_CORE_DIR=${PROJECT_SOURCE_DIR}/src/core
                 "-DQK_CORE_LIBS=${qk_core_all_libs}" -P ${CMAKE_CURRENT_LIST_FILE})
set_tests_properties(core_no_sdl PROPERTIES LABELS unit TIMEOUT 60)

# The check itself is checked: a core folder with an SDL include must fail it,
# naming the file and line.
set(qk_bad_core ${CMAKE_CURRENT_BINARY_DIR}/core_no_sdl_bad)
file(WRITE ${qk_bad_core}/bad.c "/* a core file that must not be */\n#include <SDL.h>\n")
add_test(NAME core_no_sdl_catches_include
         COMMAND ${CMAKE_COMMAND} -DQK_CORE_DIR=${qk_bad_core} "-DQK_CORE_LIBS=m"
                 -P ${CMAKE_CURRENT_LIST_FILE})
set_tests_properties(core_no_sdl_catches_include PROPERTIES LABELS unit TIMEOUT 60
  PASS_REGULAR_EXPRESSION "bad\\.c:2: error: the core includes SDL")
add_test(NAME core_no_sdl_catches_link
         COMMAND ${CMAKE_COMMAND} -DQK_CORE_DIR=${PROJECT_SOURCE_DIR}/src/core
                 "-DQK_CORE_LIBS=m|PkgConfig::SDL2" -P ${CMAKE_CURRENT_LIST_FILE})
set_tests_properties(core_no_sdl_catches_link PROPERTIES LABELS unit TIMEOUT 60
  PASS_REGULAR_EXPRESSION "qk_core links to 'PkgConfig::SDL2'")
