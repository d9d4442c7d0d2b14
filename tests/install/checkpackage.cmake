# Builds the .deb from the build folder with CPack, as scripts/package does,
# and reads its control file: the name a user types (jlgc-desk_<version>_<arch>.deb),
# the Qt, SQLite driver, platform and font packages it must pull in, no
# development package, and the files the desktop needs. A missing tool fails.
#
# cmake -DBUILD_DIR=… -DWORK_DIR=… -DAPP_ID=… -DVERSION=… -P checkpackage.cmake

cmake_minimum_required(VERSION 3.22)

include("${CMAKE_CURRENT_LIST_DIR}/checkcommon.cmake")
require_tool(DPKG_DEB dpkg-deb dpkg)
require_tool(DPKG dpkg dpkg)
require_tool(DPKG_SHLIBDEPS dpkg-shlibdeps dpkg-dev)
require_tool(FILE_PROGRAM file file) # CPack finds the ELF files for dpkg-shlibdeps with it
get_filename_component(cmake_dir "${CMAKE_COMMAND}" DIRECTORY)
find_program(CPACK cpack HINTS "${cmake_dir}" NO_DEFAULT_PATH)
require_tool(CPACK cpack cmake)

file(REMOVE_RECURSE "${WORK_DIR}")
file(MAKE_DIRECTORY "${WORK_DIR}")
execute_process(COMMAND "${CPACK}" -G DEB --config "${BUILD_DIR}/CPackConfig.cmake" -B "${WORK_DIR}"
                RESULT_VARIABLE rc OUTPUT_VARIABLE out ERROR_VARIABLE out)
if(NOT rc EQUAL 0)
  message(FATAL_ERROR "cpack failed (${rc}):\n${out}")
endif()

execute_process(COMMAND "${DPKG}" --print-architecture OUTPUT_VARIABLE arch
                OUTPUT_STRIP_TRAILING_WHITESPACE)
set(deb "${WORK_DIR}/jlgc-desk_${VERSION}_${arch}.deb")
if(NOT EXISTS "${deb}")
  file(GLOB made "${WORK_DIR}/*.deb")
  message(FATAL_ERROR "Expected ${deb}; cpack made: ${made}\n${out}")
endif()

function(control_field field var)
  execute_process(COMMAND "${DPKG_DEB}" -f "${deb}" ${field} RESULT_VARIABLE rc
                  OUTPUT_VARIABLE value ERROR_VARIABLE err OUTPUT_STRIP_TRAILING_WHITESPACE)
  if(NOT rc EQUAL 0)
    message(FATAL_ERROR "dpkg-deb -f ${field} failed: ${err}")
  endif()
  set(${var} "${value}" PARENT_SCOPE)
endfunction()

control_field(Depends depends)
message(STATUS "Depends: ${depends}")
string(REGEX REPLACE " *, *" ";" depend_list "${depends}")
set(names)
foreach(d IN LISTS depend_list)
  string(REGEX REPLACE "[ (].*" "" name "${d}")
  list(APPEND names "${name}")
endforeach()
set(missing)
foreach(p libqt6core6 libqt6gui6 libqt6widgets6 libqt6sql6 libqt6sql6-sqlite libqt6sql6-psql
          qt6-qpa-plugins
          libqt6svg6 qt6-translations-l10n fonts-noto-cjk libc6 libstdc++6)
  if(NOT p IN_LIST names)
    list(APPEND missing "${p}")
  endif()
endforeach()
if(missing)
  message(FATAL_ERROR "Depends lacks ${missing}:\n${depends}")
endif()
foreach(name IN LISTS names)
  if(name MATCHES "-dev$|^catch2|^libqt6test6")
    message(FATAL_ERROR "Depends names a build or test package ${name}:\n${depends}")
  endif()
endforeach()
# dpkg-shlibdeps gives the version of Qt the binary was built with.
if(NOT depends MATCHES "libqt6core6 \\(>= 6\\.[0-9]")
  message(FATAL_ERROR "Depends does not ask for a Qt 6 version of libqt6core6:\n${depends}")
endif()

foreach(field Package Version Architecture Maintainer Section Homepage Description)
  control_field(${field} value)
  if(value STREQUAL "")
    message(FATAL_ERROR "The control file has no ${field}")
  endif()
  message(STATUS "${field}: ${value}")
endforeach()
control_field(Package package)
control_field(Version version)
if(NOT package STREQUAL "jlgc-desk" OR NOT version STREQUAL VERSION)
  message(FATAL_ERROR "The package is ${package} ${version}, expected jlgc-desk ${VERSION}")
endif()

execute_process(COMMAND "${DPKG_DEB}" -c "${deb}" OUTPUT_VARIABLE contents)
set(missing)
foreach(f usr/bin/jlgc-desk "usr/share/applications/${APP_ID}.desktop"
          "usr/share/metainfo/${APP_ID}.metainfo.xml"
          "usr/share/icons/hicolor/scalable/apps/${APP_ID}.svg"
          "usr/share/icons/hicolor/48x48/apps/${APP_ID}.png"
          usr/share/doc/jlgc-desk/LICENSE usr/share/doc/jlgc-desk/THIRD-PARTY-NOTICES.md
          usr/share/doc/jlgc-desk/SOURCES.md)
  string(FIND "${contents}" " ./${f}\n" at)
  if(at EQUAL -1)
    list(APPEND missing "${f}")
  endif()
endforeach()
if(missing)
  list(JOIN missing "\n  " list)
  message(FATAL_ERROR "Not in ${deb}:\n  ${list}\n${contents}")
endif()
message(STATUS "${deb} is complete")
