# SPDX-License-Identifier: GPL-3.0-or-later
# Initial cache for a macOS build that makes the disk image (cmake -C this-file ...): installs
# everything into Edau.app, laid out as src/core/app/paths.cpp looks for it:
#   Edau.app/Contents/MacOS/edau, edau-cli
#   Edau.app/Contents/libexec/edau/edau-pdf-text (../libexec/edau from the programs)
#   Edau.app/Contents/Resources/share/edau (the sample project), .../share/locale (catalogues)
# installer/CPackConfig.cmake adds Info.plist, the icon and the libraries the programs load.
set(CMAKE_INSTALL_BINDIR "Edau.app/Contents/MacOS" CACHE PATH "Programs, inside the app bundle")
set(CMAKE_INSTALL_LIBEXECDIR "Edau.app/Contents/libexec" CACHE PATH
    "Helper programs (edau-pdf-text), inside the app bundle")
set(CMAKE_INSTALL_DATAROOTDIR "Edau.app/Contents/Resources/share" CACHE PATH
    "Read-only data, inside the app bundle")
set(CMAKE_INSTALL_PREFIX "/" CACHE PATH "The disk image's root")
set(CPACK_PACKAGING_INSTALL_PREFIX "/" CACHE PATH "The disk image's root")
