# Installs the built application into a temporary prefix, as `cmake --install`
# would for a user or a packager, and checks that the desktop can find it: the
# binary, the menu entry, the AppStream metadata, the icon in every size, and
# the licence and notices. The menu entry and the metadata must pass the
# freedesktop and AppStream validators; a missing validator fails the test.
#
# cmake -DBUILD_DIR=… -DWORK_DIR=… -DAPP_ID=… -DVERSION=… -P checkinstall.cmake

cmake_minimum_required(VERSION 3.22)

include("${CMAKE_CURRENT_LIST_DIR}/checkcommon.cmake")
require_tool(DESKTOP_FILE_VALIDATE desktop-file-validate desktop-file-utils)
require_tool(APPSTREAMCLI appstreamcli appstream)

set(prefix "${WORK_DIR}/prefix")
file(REMOVE_RECURSE "${prefix}")
execute_process(COMMAND "${CMAKE_COMMAND}" --install "${BUILD_DIR}" --prefix "${prefix}"
                RESULT_VARIABLE rc OUTPUT_VARIABLE out ERROR_VARIABLE out)
if(NOT rc EQUAL 0)
  message(FATAL_ERROR "cmake --install failed (${rc}):\n${out}")
endif()

set(desktop "share/applications/${APP_ID}.desktop")
set(metainfo "share/metainfo/${APP_ID}.metainfo.xml")
set(expected
    bin/jlgc-desk
    "${desktop}"
    "${metainfo}"
    "share/icons/hicolor/scalable/apps/${APP_ID}.svg"
    share/doc/jlgc-desk/LICENSE
    share/doc/jlgc-desk/THIRD-PARTY-NOTICES.md
    share/doc/jlgc-desk/SOURCES.md)
set(sizes 16 32 48 64 128 256)
foreach(size IN LISTS sizes)
  list(APPEND expected "share/icons/hicolor/${size}x${size}/apps/${APP_ID}.png")
endforeach()
set(missing)
foreach(f IN LISTS expected)
  if(NOT EXISTS "${prefix}/${f}")
    list(APPEND missing "${f}")
  endif()
endforeach()
if(missing)
  list(JOIN missing "\n  " list)
  message(FATAL_ERROR "Not installed under ${prefix}:\n  ${list}")
endif()

# Each PNG is the size its folder says (width and height from the IHDR chunk).
foreach(size IN LISTS sizes)
  set(png "${prefix}/share/icons/hicolor/${size}x${size}/apps/${APP_ID}.png")
  file(READ "${png}" header LIMIT 24 HEX)
  string(SUBSTRING "${header}" 0 16 magic)
  string(SUBSTRING "${header}" 32 8 w)
  string(SUBSTRING "${header}" 40 8 h)
  math(EXPR w "0x${w}")
  math(EXPR h "0x${h}")
  if(NOT magic STREQUAL "89504e470d0a1a0a" OR NOT w EQUAL size OR NOT h EQUAL size)
    message(FATAL_ERROR "${png} is not a ${size}x${size} PNG (${w}x${h})")
  endif()
endforeach()

# The installed binary runs and says its version.
execute_process(COMMAND "${prefix}/bin/jlgc-desk" --version RESULT_VARIABLE rc
                OUTPUT_VARIABLE out ERROR_VARIABLE err OUTPUT_STRIP_TRAILING_WHITESPACE)
if(NOT rc EQUAL 0 OR NOT out STREQUAL "jlgc-desk ${VERSION}")
  message(FATAL_ERROR "installed jlgc-desk --version gave (${rc}) '${out}' ${err}")
endif()

function(validate what)
  execute_process(COMMAND ${ARGN} RESULT_VARIABLE rc OUTPUT_VARIABLE out ERROR_VARIABLE out)
  if(NOT rc EQUAL 0)
    message(FATAL_ERROR "${what} does not validate:\n${out}")
  endif()
  message(STATUS "${what}: ${out}")
endfunction()
validate("${desktop}" "${DESKTOP_FILE_VALIDATE}" "${prefix}/${desktop}")
validate("${metainfo}" "${APPSTREAMCLI}" validate --no-net "${prefix}/${metainfo}")
# The whole tree: the metadata's launchable menu entry is installed beside it.
validate("the installed tree" "${APPSTREAMCLI}" validate-tree --no-net "${prefix}")

# The menu entry starts the installed binary with the installed icon, and
# the metadata launches that entry and describes this version.
file(STRINGS "${prefix}/${desktop}" exec REGEX "^Exec=")
file(STRINGS "${prefix}/${desktop}" icon REGEX "^Icon=")
if(NOT exec STREQUAL "Exec=jlgc-desk" OR NOT icon STREQUAL "Icon=${APP_ID}")
  message(FATAL_ERROR "${desktop} starts '${exec}' with '${icon}', "
                      "expected Exec=jlgc-desk and Icon=${APP_ID}")
endif()
file(READ "${prefix}/${metainfo}" xml)
if(NOT xml MATCHES "<launchable type=\"desktop-id\">${APP_ID}.desktop</launchable>")
  message(FATAL_ERROR "${metainfo} does not launch ${APP_ID}.desktop")
endif()
if(NOT xml MATCHES "<release version=\"([^\"]+)\"")
  message(FATAL_ERROR "${metainfo} lists no release")
endif()
if(NOT CMAKE_MATCH_1 STREQUAL VERSION)
  message(FATAL_ERROR "${metainfo}: the newest release is ${CMAKE_MATCH_1}, "
                      "the project's version ${VERSION}: add a <release> for it")
endif()
if(xml MATCHES "@[A-Z_]+@")
  message(FATAL_ERROR "${metainfo} still holds ${CMAKE_MATCH_0}")
endif()
message(STATUS "Installed and validated under ${prefix}")
