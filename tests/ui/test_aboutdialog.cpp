#include "aboutdialog.h"
#include "common/uilanguage.h"
#include "mainwindow.h"
#include "ui/windowfixtures.h"

#include <QAction>
#include <QApplication>
#include <QLabel>
#include <QMenu>
#include <QMenuBar>
#include <QTabWidget>
#include <QTest>
#include <QTextBrowser>
#include <QTimer>
#include <catch2/catch.hpp>

using namespace jlgc;

TEST_CASE_METHOD(test::InLanguage,
                 "About shows the version, the MIT licence and the third-party notices",
                 "[ui][about]")
{
    AboutDialog dialog;
    test::showExposed(dialog);

    CHECK(dialog.windowTitle() == QStringLiteral("About JLGC Desk"));
    QString labels;
    for (QLabel* l : dialog.findChildren<QLabel*>())
        labels += l->text();
    CHECK(labels.contains(QStringLiteral("Version " JLGC_VERSION)));
    CHECK(labels.contains(QStringLiteral("MIT licence")));
    CHECK(labels.contains(QString::fromLatin1(qVersion())));

    QStringList tabs;
    for (int i = 0; i < dialog.tabs()->count(); ++i)
        tabs << dialog.tabs()->tabText(i);
    CHECK(tabs == QStringList{QStringLiteral("About"), QStringLiteral("Licence"),
                              QStringLiteral("Third-party notices"),
                              QStringLiteral("Reference data sources")});

    // The same texts the package installs under share/doc/jlgc-desk.
    CHECK(dialog.licence()->toPlainText().startsWith(QStringLiteral("MIT License")));
    const QString notices = dialog.notices()->toPlainText();
    CHECK(notices.contains(QStringLiteral("Qt 6")));
    CHECK(notices.contains(QStringLiteral("LGPL-3.0")));
    CHECK(notices.contains(QStringLiteral("Noto Sans CJK")));
    CHECK(notices.contains(QStringLiteral("code4fukui/localgovjp")));
    const QString sources = dialog.sources()->toPlainText();
    CHECK(sources.contains(QStringLiteral("jp_municipalities.csv")));
    CHECK(sources.contains(QStringLiteral("iso_3166-2.json")));
    // Markdown is rendered, not shown as source.
    CHECK_FALSE(notices.contains(QStringLiteral("## ")));
}

TEST_CASE("About speaks Japanese when the interface does", "[ui][about]")
{
    LanguageManager language;
    language.setLanguage(Language::Japanese);
    AboutDialog dialog;
    CHECK(dialog.windowTitle() == QStringLiteral("JLGC Desk について"));
    language.setLanguage(Language::English);
    QCoreApplication::processEvents();
    CHECK(dialog.windowTitle() == QStringLiteral("About JLGC Desk"));
}

TEST_CASE_METHOD(test::Window, "Help → About opens the About dialog over the window", "[ui][about]")
{
    test::showExposed(w);

    QAction* about = nullptr;
    for (QAction* menu : w.menuBar()->actions())
        if (menu->menu())
            for (QAction* a : menu->menu()->actions())
                if (a->text() == QStringLiteral("&About JLGC Desk"))
                    about = a;
    REQUIRE(about);

    QString opened;
    QTimer closer;
    closer.setInterval(20);
    QObject::connect(&closer, &QTimer::timeout, [&] {
        if (auto* d = qobject_cast<AboutDialog*>(QApplication::activeModalWidget())) {
            opened = d->windowTitle();
            CHECK(d->parentWidget() == &w);
            d->reject();
        }
    });
    closer.start();
    about->trigger();
    CHECK(opened == QStringLiteral("About JLGC Desk"));
}
