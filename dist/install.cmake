# dist/install.cmake: what `cmake --install` (and so the Debian package, which
# is built by debhelper's cmake build system from these rules) puts in place
# besides the programs (bin/quizkiosk, libexec/quizkiosk/quizkiosk-station: see
# CMakeLists.txt), sets and assets. Included from CMakeLists.txt.
#
#   share/doc/quizkiosk/            README.md and the docs the program's messages
#                                   point to; examples/station.cfg
#   share/man/man1, man5            quizkiosk(1), quizkiosk-station(5), made from
#                                   docs/man/*.scd by scdoc (QK_MAN)
#   the systemd unit and the        by default as examples in share/quizkiosk/systemd;
#   sysusers.d file                 QK_SYSTEMD_UNITDIR / QK_SYSUSERSDIR (absolute)
#                                   put them where systemd reads them (debian/rules)
#
# The unit's ExecStart is fixed here, at configure time, from
# CMAKE_INSTALL_PREFIX: /usr for the package. `cmake --install --prefix P` of a
# tree configured for another prefix keeps the configured path in the unit.
include(GNUInstallDirs)

install(FILES README.md docs/station.md docs/question-sets.md docs/results.md docs/fleet.md
        DESTINATION ${CMAKE_INSTALL_DOCDIR})
install(FILES dist/station.cfg DESTINATION ${CMAKE_INSTALL_DOCDIR}/examples)

# Man pages: scdoc sources in docs/man. AUTO builds them when scdoc is found;
# ON (the package) makes a missing scdoc an error.
set(QK_MAN AUTO CACHE STRING "Build the man pages with scdoc: ON, OFF or AUTO")
if(NOT QK_MAN STREQUAL "OFF")
  find_program(QK_SCDOC scdoc)
  if(NOT QK_SCDOC AND QK_MAN STREQUAL "ON")
    message(FATAL_ERROR "QK_MAN=ON but scdoc is not installed (apt-get install scdoc)")
  elseif(NOT QK_SCDOC)
    message(STATUS "scdoc not found: no man pages (apt-get install scdoc)")
  else()
    set(QK_MAN_PAGES)
    foreach(page quizkiosk.1 quizkiosk-station.5)
      set(src ${PROJECT_SOURCE_DIR}/docs/man/${page}.scd)
      set(out ${PROJECT_BINARY_DIR}/man/${page})
      add_custom_command(OUTPUT ${out}
                         COMMAND ${CMAKE_COMMAND} -E make_directory ${PROJECT_BINARY_DIR}/man
                         COMMAND ${QK_SCDOC} < ${src} > ${out}
                         DEPENDS ${src} VERBATIM)
      list(APPEND QK_MAN_PAGES ${out})
      string(REGEX REPLACE ".*\\." "" section ${page})
      install(FILES ${out} DESTINATION ${CMAKE_INSTALL_MANDIR}/man${section})
    endforeach()
    add_custom_target(man ALL DEPENDS ${QK_MAN_PAGES})
  endif()
endif()

# The systemd unit that starts the kiosk under cage at boot, and the system
# user it runs as.
set(QK_SYSTEMD_UNITDIR "" CACHE PATH "Install the unit here (default: share/quizkiosk/systemd)")
set(QK_SYSUSERSDIR "" CACHE PATH "Install the sysusers.d file here (default: share/quizkiosk/systemd)")
set(QK_UNIT_KIOSK ${CMAKE_INSTALL_FULL_BINDIR}/quizkiosk)
configure_file(dist/systemd/quizkiosk.service.in ${PROJECT_BINARY_DIR}/quizkiosk.service @ONLY)
if(QK_SYSTEMD_UNITDIR)
  install(FILES ${PROJECT_BINARY_DIR}/quizkiosk.service DESTINATION ${QK_SYSTEMD_UNITDIR})
else()
  install(FILES ${PROJECT_BINARY_DIR}/quizkiosk.service
          DESTINATION ${CMAKE_INSTALL_DATADIR}/quizkiosk/systemd)
endif()
if(QK_SYSUSERSDIR)
  install(FILES dist/sysusers.d/quizkiosk.conf DESTINATION ${QK_SYSUSERSDIR})
else()
  install(FILES dist/sysusers.d/quizkiosk.conf
          DESTINATION ${CMAKE_INSTALL_DATADIR}/quizkiosk/systemd RENAME quizkiosk.sysusers.conf)
endif()
