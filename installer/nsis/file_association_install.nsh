; SPDX-License-Identifier: GPL-3.0-or-later
; Edau's installer, after the files are in place: .edau projects open in Edau. CPackConfig.cmake
; reads this file into CPACK_NSIS_EXTRA_INSTALL_COMMANDS. SHCTX is HKLM for an all-users install
; and HKCU otherwise, as the rest of CPack's installer decides.
WriteRegStr SHCTX "Software\Classes\.edau" "" "Edau.Project"
WriteRegStr SHCTX "Software\Classes\.edau" "Content Type" "application/x-edau-project"
WriteRegStr SHCTX "Software\Classes\.edau\OpenWithProgids" "Edau.Project" ""
WriteRegStr SHCTX "Software\Classes\Edau.Project" "" "Edau project"
WriteRegStr SHCTX "Software\Classes\Edau.Project\DefaultIcon" "" "$INSTDIR\share\edau\edau.ico"
WriteRegStr SHCTX "Software\Classes\Edau.Project\shell" "" "open"
WriteRegStr SHCTX "Software\Classes\Edau.Project\shell\open\command" "" '"$INSTDIR\bin\edau.exe" --open "%1"'
WriteRegStr SHCTX "Software\Classes\Applications\edau.exe\SupportedTypes" ".edau" ""
; Tell Explorer the associations changed (SHCNE_ASSOCCHANGED, SHCNF_IDLIST).
System::Call 'shell32::SHChangeNotify(i 0x08000000, i 0, p 0, p 0)'
