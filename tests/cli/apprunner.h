#pragma once

#include <QProcess>
#include <QString>
#include <QStringList>
#include <memory>

namespace jlgc::test {

// What the built jlgc-desk printed and returned.
struct AppResult {
    int exitCode = -1; // -1: it crashed or did not finish
    QString out;
    QString err;
};

// The environment of a headless command: no display, C.UTF-8, plus extra.
QProcessEnvironment appEnvironment(const QStringList& extra = {});

// Runs jlgc-desk with these arguments to its end (two minutes at most).
AppResult runApp(const QStringList& args, const QStringList& extraEnvironment = {});

// Starts jlgc-desk in the background (the window when args name no
// command: offscreen); it is killed when the pointer goes.
std::unique_ptr<QProcess> startApp(const QStringList& args,
                                   const QStringList& extraEnvironment = {});

} // namespace jlgc::test
