#pragma once

#include <QString>

namespace jlgc {

// The passwords of office servers in the system's keychain (the Secret
// Service of GNOME or KDE, the macOS Keychain, Windows' Credential Manager,
// through QtKeychain), under the server's address without its password.
// A computer without a keychain keeps none: the password is asked for again.
namespace ServerPasswords {

// The kept password, or an empty string (none, or no keychain).
QString read(const QString& address);
// Whether it was kept.
bool write(const QString& address, const QString& password);
void forget(const QString& address);

} // namespace ServerPasswords

} // namespace jlgc
