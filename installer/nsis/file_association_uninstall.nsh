; SPDX-License-Identifier: GPL-3.0-or-later
; Edau's uninstaller: take back the .edau file association that file_association_install.nsh
; made. .edau itself goes only while it still points at Edau, so another program that has
; taken it over since keeps it. CPackConfig.cmake reads this file into
; CPACK_NSIS_EXTRA_UNINSTALL_COMMANDS.
ReadRegStr $0 SHCTX "Software\Classes\.edau" ""
StrCmp $0 "Edau.Project" 0 edau_keep_extension
  DeleteRegKey SHCTX "Software\Classes\.edau"
  Goto edau_extension_done
edau_keep_extension:
  DeleteRegValue SHCTX "Software\Classes\.edau\OpenWithProgids" "Edau.Project"
edau_extension_done:
DeleteRegKey SHCTX "Software\Classes\Edau.Project"
DeleteRegKey SHCTX "Software\Classes\Applications\edau.exe"
System::Call 'shell32::SHChangeNotify(i 0x08000000, i 0, p 0, p 0)'
