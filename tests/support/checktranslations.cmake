# Runs lupdate over the sources into a copy of the Japanese .ts file and fails
# when the copy holds an unfinished entry: a string that is new in the
# sources (missing from the file) or one not yet translated.
file(REMOVE_RECURSE "${WORK_DIR}")
file(MAKE_DIRECTORY "${WORK_DIR}")
configure_file("${TS_FILE}" "${WORK_DIR}/check_ja.ts" COPYONLY)
execute_process(
  COMMAND "${LUPDATE}" -silent -locations none -no-obsolete
          "${SOURCE_DIR}/app" "${SOURCE_DIR}/core" "${SOURCE_DIR}/ui"
          -ts "${WORK_DIR}/check_ja.ts"
  RESULT_VARIABLE rc)
if(NOT rc EQUAL 0)
  message(FATAL_ERROR "lupdate failed (${rc})")
endif()
file(STRINGS "${WORK_DIR}/check_ja.ts" unfinished REGEX "type=\"unfinished\"")
file(STRINGS "${WORK_DIR}/check_ja.ts" sources REGEX "<source>")
list(LENGTH unfinished n)
list(LENGTH sources total)
if(n GREATER 0)
  file(STRINGS "${WORK_DIR}/check_ja.ts" lines)
  set(missing "")
  set(prev "")
  foreach(line IN LISTS lines)
    if(line MATCHES "type=\"unfinished\"")
      string(APPEND missing "\n  ${prev}")
    endif()
    set(prev "${line}")
  endforeach()
  message(FATAL_ERROR "${n} of ${total} Japanese translations are unfinished or missing "
                      "(run: cmake --build build --target update_translations):${missing}")
endif()
message(STATUS "all ${total} Japanese translations are finished")
