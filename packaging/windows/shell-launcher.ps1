# Make Rewire the shell of a Windows kiosk account with Shell Launcher (Windows 10/11
# Enterprise or Education; IoT Enterprise). Run in an elevated PowerShell. See docs/kiosk.md.
#
#   .\shell-launcher.ps1 -KioskUser kiosk -Rewire "C:\Program Files\Rewire\rewire.exe"
#
# Rewire exits with code 0 when staff leave with the PIN: Shell Launcher then does nothing
# (staff press Ctrl+Alt+Del and sign out). Any other exit restarts Rewire.
param(
    [Parameter(Mandatory = $true)][string]$KioskUser,
    [Parameter(Mandatory = $true)][string]$Rewire
)
$ErrorActionPreference = "Stop"

# 1. The optional feature (needs a restart the first time).
Enable-WindowsOptionalFeature -Online -FeatureName Client-EmbeddedShellLauncher -All -NoRestart

# 2. Shell Launcher's WMI class.
$launcher = [wmiclass]"\\localhost\root\standardcimv2\embedded:WESL_UserSetting"
$sid = (New-Object System.Security.Principal.NTAccount($KioskUser)).Translate(
    [System.Security.Principal.SecurityIdentifier]).Value

# Actions: 0 restart the shell, 1 restart the device, 2 shut down, 3 do nothing.
$restartShell = 0
$doNothing = 3
$launcher.SetCustomShell($sid, "`"$Rewire`" --kiosk", @(0), @($doNothing), $restartShell)
$launcher.SetEnabled($true)
Write-Host "Rewire is now the shell of $KioskUser. Other accounts keep Explorer."
