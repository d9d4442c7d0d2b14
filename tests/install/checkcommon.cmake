# What the install checks (checkinstall.cmake, checkpackage.cmake) share:
# the -D values every one of them needs, and require_tool(), which fails the
# check, naming the Debian package, when a tool is missing (a check never
# skips).

foreach(var BUILD_DIR WORK_DIR APP_ID VERSION)
  if(NOT DEFINED ${var})
    get_filename_component(script "${CMAKE_SCRIPT_MODE_FILE}" NAME)
    message(FATAL_ERROR "${script} needs -D${var}=…")
  endif()
endforeach()

function(require_tool var program package)
  find_program(${var} ${program})
  if(NOT ${var})
    message(FATAL_ERROR "${program} is missing: install Debian's ${package} "
                        "(scripts/test installs every package in scripts/lib.sh)")
  endif()
endfunction()
