; Inno Setup 6 script of Release Drafter's Windows installer, compiled by packaging/build.py on Windows:
;   ISCC /DAppVersion=0.1.0 /DSourceDir=dist\release-drafter /DOutputDir=dist /DIcon=resources\icons\release-drafter.ico
; A per-user install: no administrator rights (PrivilegesRequired=lowest), into
; %LOCALAPPDATA%\Programs\Release Drafter, with a Start-menu entry, the *.release.json file type for the
; current user (HKCU\Software\Classes) and an uninstaller in Settings > Apps. The user's data folder
; (%APPDATA%\Release Drafter) is never touched, also not by the uninstaller.
; Saved as UTF-8 with a byte-order mark, which is how Inno Setup knows to read the Korean below as UTF-8.
; The installer speaks Korean when the compiler has Korean.isl (Inno Setup's translations page lists it as
; unofficial: put it in the compiler's Languages folder), else English only.

#define HaveKorean FileExists(AddBackslash(CompilerPath) + "Languages\Korean.isl")

#ifndef AppVersion
  #error Give /DAppVersion=… (packaging/build.py does)
#endif

[Setup]
AppId={{6C1F3E0B-7E2B-4F5C-9A57-2F0D3A8C9B11}
AppName=Release Drafter
AppVersion={#AppVersion}
AppVerName=Release Drafter {#AppVersion}
AppPublisher=Release Drafter developers
DefaultDirName={autopf}\Release Drafter
DefaultGroupName=Release Drafter
DisableProgramGroupPage=yes
PrivilegesRequired=lowest
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
ChangesAssociations=yes
ChangesEnvironment=yes
OutputDir={#OutputDir}
OutputBaseFilename=release-drafter-{#AppVersion}-setup
SetupIconFile={#Icon}
UninstallDisplayIcon={app}\Release Drafter.exe
UninstallDisplayName=Release Drafter {#AppVersion}
Compression=lzma2
SolidCompression=yes
WizardStyle=modern
ShowLanguageDialog=auto

[Languages]
Name: "en"; MessagesFile: "compiler:Default.isl"
#if HaveKorean
Name: "ko"; MessagesFile: "compiler:Languages\Korean.isl"
#endif

[CustomMessages]
en.AddToPath=Let the command prompt find release-drafter (adds the program's folder to your PATH)
en.ReleaseFile=Release Drafter release
#if HaveKorean
ko.AddToPath=명령 프롬프트에서 release-drafter를 바로 쓸 수 있게 합니다 (프로그램 폴더를 PATH에 추가)
ko.ReleaseFile=Release Drafter 보도자료
#endif

[Tasks]
Name: "path"; Description: "{cm:AddToPath}"; Flags: unchecked

[Files]
Source: "{#SourceDir}\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs

[Icons]
Name: "{autoprograms}\Release Drafter"; Filename: "{app}\Release Drafter.exe"; Comment: "보도자료 작성기 · Korean–English press releases"

[Registry]
; The file type, for this user: a double-click on NAME.release.json opens it in the window. Windows knows a
; file by its last extension only, so .json files are offered "Open with" Release Drafter, not taken over.
Root: HKA; Subkey: "Software\Classes\ReleaseDrafter.Release"; ValueType: string; ValueData: "{cm:ReleaseFile}"; Flags: uninsdeletekey
Root: HKA; Subkey: "Software\Classes\ReleaseDrafter.Release\DefaultIcon"; ValueType: string; ValueData: "{app}\Release Drafter.exe,0"
Root: HKA; Subkey: "Software\Classes\ReleaseDrafter.Release\shell\open\command"; ValueType: string; ValueData: """{app}\Release Drafter.exe"" ""%1"""
Root: HKA; Subkey: "Software\Classes\.json\OpenWithProgids"; ValueType: string; ValueName: "ReleaseDrafter.Release"; ValueData: ""; Flags: uninsdeletevalue
Root: HKA; Subkey: "Software\Classes\Applications\Release Drafter.exe\shell\open\command"; ValueType: string; ValueData: """{app}\Release Drafter.exe"" ""%1"""; Flags: uninsdeletekey
Root: HKA; Subkey: "Software\Classes\Applications\Release Drafter.exe\SupportedTypes"; ValueType: string; ValueName: ".json"; ValueData: ""

[Run]
Filename: "{app}\Release Drafter.exe"; Description: "{cm:LaunchProgram,Release Drafter}"; Flags: nowait postinstall skipifsilent

[Code]
{ The PATH task: the program's folder is added to this user's PATH, and taken out again on uninstall. }
const EnvironmentKey = 'Environment';

function PathWithout(Path, Folder: string): string;
var
  Rest, Part: string;
  P: Integer;
begin
  Result := '';
  Rest := Path + ';';
  while Rest <> '' do begin
    P := Pos(';', Rest);
    Part := Copy(Rest, 1, P - 1);
    Rest := Copy(Rest, P + 1, Length(Rest));
    if (Part <> '') and (CompareText(Part, Folder) <> 0) then begin
      if Result <> '' then Result := Result + ';';
      Result := Result + Part;
    end;
  end;
end;

procedure CurStepChanged(CurStep: TSetupStep);
var
  Path: string;
begin
  if (CurStep = ssPostInstall) and WizardIsTaskSelected('path') then begin
    if not RegQueryStringValue(HKCU, EnvironmentKey, 'Path', Path) then Path := '';
    Path := PathWithout(Path, ExpandConstant('{app}'));
    if Path <> '' then Path := Path + ';';
    RegWriteExpandStringValue(HKCU, EnvironmentKey, 'Path', Path + ExpandConstant('{app}'));
  end;
end;

procedure CurUninstallStepChanged(CurUninstallStep: TUninstallStep);
var
  Path: string;
begin
  if (CurUninstallStep = usPostUninstall) and RegQueryStringValue(HKCU, EnvironmentKey, 'Path', Path) then
    RegWriteExpandStringValue(HKCU, EnvironmentKey, 'Path', PathWithout(Path, ExpandConstant('{app}')));
end;
