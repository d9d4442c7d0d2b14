# CPack: `cpack -G DEB` in the build folder (scripts/package) makes
# jlgc-desk_<version>_<arch>.deb. dpkg-shlibdeps finds the libraries the binary
# links (libqt6core6, libqt6gui6, libqt6widgets6, libqt6sql6, libc6, …); the
# packages it loads at run time without linking them are named here.
set(JLGC_PACKAGE_MAINTAINER "The JLGC Desk developers <desk@jlgc.org>"
    CACHE STRING "Maintainer field of the .deb")

set(CPACK_GENERATOR "DEB")
set(CPACK_PACKAGE_NAME "jlgc-desk")
set(CPACK_PACKAGE_VENDOR "Japan Local Government Center")
set(CPACK_PACKAGE_VERSION "${PROJECT_VERSION}")
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "records desk of the Japan Local Government Center")
set(CPACK_PACKAGE_CONTACT "${JLGC_PACKAGE_MAINTAINER}")
set(CPACK_RESOURCE_FILE_LICENSE "${PROJECT_SOURCE_DIR}/LICENSE")
set(CPACK_PACKAGING_INSTALL_PREFIX "/usr")
set(CPACK_STRIP_FILES ON)

set(CPACK_DEBIAN_FILE_NAME "DEB-DEFAULT")
set(CPACK_DEBIAN_PACKAGE_MAINTAINER "${JLGC_PACKAGE_MAINTAINER}")
set(CPACK_DEBIAN_PACKAGE_SECTION "misc")
set(CPACK_DEBIAN_PACKAGE_PRIORITY "optional")
set(CPACK_DEBIAN_PACKAGE_HOMEPAGE "${JLGC_HOMEPAGE_URL}")
set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
set(CPACK_DEBIAN_COMPRESSION_TYPE "xz")
# Loaded at run time, never linked: the SQLite and PostgreSQL drivers, the X11/Wayland platform
# plugins, the SVG plugin that draws the icon, Qt's own Japanese translation
# (qtbase_ja.qm, for standard dialogs), and a font with Japanese glyphs.
set(CPACK_DEBIAN_PACKAGE_DEPENDS
    "libqt6sql6-sqlite, libqt6sql6-psql, qt6-qpa-plugins, libqt6svg6, qt6-translations-l10n, fonts-noto-cjk")
# The long description; CPack puts the summary above it and indents it as dpkg
# wants.
set(CPACK_DEBIAN_PACKAGE_DESCRIPTION
    "JLGC Desk keeps the records of the Japan Local Government Center (CLAIR
New York): people and partner organizations, Japan's prefectures and
municipalities, and the US states and Canadian provinces they work with,
in English and Japanese, in one SQLite file.")

include(CPack)
