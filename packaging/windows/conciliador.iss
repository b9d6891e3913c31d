; Instalador de Windows de Conciliador, para Inno Setup 6.3 o posterior (https://jrsoftware.org).
;
; NO PROBADO TODAVÍA EN WINDOWS: escrito junto a la receta de PyInstaller, que sí se construye
; y se prueba en Linux (tests/packaging/test_bundle.py). Pasos en docs/instalacion.md.
;
; Antes, en la misma máquina Windows:
;   .venv\Scripts\python -m PyInstaller --noconfirm packaging\conciliador.spec
; que deja dist\conciliador\ con conciliador.exe (línea de órdenes) y
; conciliador-escritorio.exe (la aplicación, sin consola). Luego:
;   iscc packaging\windows\conciliador.iss
; deja dist\conciliador-<versión>-instalador.exe.
;
; La firma de código (signtool, certificado del ministerio) no está aquí: ver la directiva
; SignTool de Inno Setup y docs/instalacion.md.

#define AppName "Conciliador"
#ifndef AppVersion
  #define AppVersion "0.1.0"
#endif

[Setup]
AppId={{6F1C3B52-2D7E-4E0B-9B55-3C0A1E7D4C21}
AppName={#AppName}
AppVersion={#AppVersion}
AppVerName={#AppName} {#AppVersion}
DefaultDirName={autopf}\{#AppName}
DefaultGroupName={#AppName}
DisableProgramGroupPage=yes
OutputDir=..\..\dist
OutputBaseFilename=conciliador-{#AppVersion}-instalador
Compression=lzma2
SolidCompression=yes
WizardStyle=modern
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
PrivilegesRequired=admin
UninstallDisplayIcon={app}\conciliador-escritorio.exe

[Languages]
Name: "es"; MessagesFile: "compiler:Languages\Spanish.isl"

[Tasks]
Name: "escritorio"; Description: "{cm:CreateDesktopIcon}"; GroupDescription: "{cm:AdditionalIcons}"

[Files]
; Todo el paquete de PyInstaller. Los datos de la oficina (base, documentos, copias, registro)
; no están aquí: viven en la carpeta del usuario y la desinstalación no los toca.
Source: "..\..\dist\conciliador\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs

[Icons]
Name: "{group}\{#AppName}"; Filename: "{app}\conciliador-escritorio.exe"
Name: "{autodesktop}\{#AppName}"; Filename: "{app}\conciliador-escritorio.exe"; Tasks: escritorio

[Run]
Filename: "{app}\conciliador-escritorio.exe"; Description: "{cm:LaunchProgram,{#AppName}}"; Flags: nowait postinstall skipifsilent

[Code]
{ LibreOffice hace los PDF (actas, citaciones, reportes). Sin él la aplicación funciona y
  genera los .docx; se avisa para que la oficina lo instale. }
function LibreOfficeInstalled(): Boolean;
begin
  Result := FileExists(ExpandConstant('{commonpf64}\LibreOffice\program\soffice.exe'))
    or FileExists(ExpandConstant('{commonpf32}\LibreOffice\program\soffice.exe'));
end;

procedure CurStepChanged(CurStep: TSetupStep);
begin
  if (CurStep = ssPostInstall) and (not LibreOfficeInstalled()) and (not WizardSilent()) then
    MsgBox('No se encontró LibreOffice en este equipo. Conciliador lo necesita para generar ' +
      'los PDF de actas, citaciones y reportes: instálelo desde https://www.libreoffice.org ' +
      '(mientras tanto se generan los documentos de Word).', mbInformation, MB_OK);
end;
