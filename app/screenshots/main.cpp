// Takes the screenshots of the README and the user guide from the real
// application: each page (<pageObjectName>-<lang>.png; the whole dashboard in
// dashboardPage-full-<lang>.png) and Find Anything with
// a name typed (search-<lang>.png), in English and in Japanese, on a database
// of sample records. Usage: jlgc-desk-screenshots OUTPUT_FOLDER
#include "common/page.h"
#include "common/recordpage.h"
#include "common/uilanguage.h"
#include "dashboard/dashboardpage.h"
#include "demo/sampledata.h"
#include "mainwindow.h"
#include "reference/referencepage.h"
#include "search/searchdialog.h"
#include "storage/database.h"

#include <QApplication>
#include <QDir>
#include <QLineEdit>
#include <QListWidget>
#include <QScrollArea>
#include <QSettings>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

int main(int argc, char* argv[])
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QStandardPaths::setTestModeEnabled(true); // never the user's settings
    QApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("jlgc-desk-screenshots"));
    QCoreApplication::setApplicationVersion(QStringLiteral(JLGC_VERSION));
    const QStringList args = app.arguments();
    const QDir out(args.size() > 1 ? args[1] : QStringLiteral("."));
    QDir().mkpath(out.absolutePath());

    // A fixed place, so the path in the status bar is the same on every run
    // and the pictures only change when the application does.
    QDir sampleDir(QDir::temp().filePath(QStringLiteral("jlgc-desk-sample")));
    sampleDir.removeRecursively();
    QDir().mkpath(sampleDir.absolutePath());
    // Settings of their own, new each run: the pages as a user first sees
    // them (no column widths of an earlier run), in English then Japanese
    // (the second window keeps the widths the first one left).
    QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope,
                       sampleDir.filePath(QStringLiteral("settings")));
    // JLGC_SCREENSHOTS_DATABASE: an empty database on an office server
    // instead (the same pages, read from PostgreSQL).
    const QString server = qEnvironmentVariable("JLGC_SCREENSHOTS_DATABASE");
    const QString path =
        server.isEmpty() ? sampleDir.filePath(QStringLiteral("office.sqlite")) : server;
    {
        jlgc::Database db(path);
        jlgc::addSampleRecords(db);
    }
    jlgc::LanguageManager language;
    int written = 0;
    for (const jlgc::Language lang : {jlgc::Language::English, jlgc::Language::Japanese}) {
        language.setLanguage(lang);
        jlgc::MainWindow window(&language);
        window.resize(1280, 800); // the size the window opens at
        if (!window.openDatabase(path))
            return 1;
        window.show();
        if (!QTest::qWaitForWindowExposed(&window))
            return 1;
        const QString code = jlgc::languageCode(lang);
        for (jlgc::Page* page : window.pages()) {
            window.showPage(page);
            if (auto* rp = qobject_cast<jlgc::RecordPage*>(page)) {
                rp->table()->sortByColumn(0, Qt::AscendingOrder);
                // Long lists are read off the window's thread: wait for
                // their first rows before choosing one.
                const QAbstractItemModel* model = rp->table()->model();
                (void)QTest::qWaitFor(
                    [model] {
                        return model->rowCount() > 0 &&
                               !model->index(0, 0).data().toString().isEmpty();
                    },
                    5000);
                // The columns as a user first sees them (RecordPage fits
                // them to the first rows read).
                rp->table()->setCurrentIndex(model->index(0, 0));
            } else if (auto* ref = qobject_cast<jlgc::ReferencePage*>(page)) {
                ref->searchEdit()->setText(QStringLiteral("きたいばらき"));
            }
            QCoreApplication::processEvents();
            QTest::qWait(50);
            const QString file =
                out.filePath(page->objectName() + QLatin1Char('-') + code + QStringLiteral(".png"));
            if (window.grab().save(file))
                ++written;
            // The dashboard reaches below the window: its whole content too.
            if (auto* dashboard = qobject_cast<jlgc::DashboardPage*>(page)) {
                const QString full = out.filePath(page->objectName() + QStringLiteral("-full-") +
                                                  code + QStringLiteral(".png"));
                if (dashboard->content()->grab().save(full))
                    ++written;
            }
            // A record with parts (a cohort's fellows, itinerary, homestays): each tab too.
            auto* tabs = page->findChild<QTabWidget*>();
            if (tabs && !tabs->objectName().isEmpty()) {
                for (QWidget* w = tabs->parentWidget(); w; w = w->parentWidget())
                    if (auto* scroll = qobject_cast<QScrollArea*>(w)) {
                        scroll->ensureWidgetVisible(tabs, 0, 0);
                        break;
                    }
                for (int t = 1; t < tabs->count(); ++t) {
                    tabs->setCurrentIndex(t);
                    QCoreApplication::processEvents();
                    QTest::qWait(50);
                    const QString tabFile = out.filePath(
                        page->objectName() + QLatin1Char('-') + tabs->widget(t)->objectName() +
                        QLatin1Char('-') + code + QStringLiteral(".png"));
                    if (window.grab().save(tabFile))
                        ++written;
                }
                tabs->setCurrentIndex(0);
            }
        }

        // Find Anything, over the window, with a name typed.
        jlgc::SearchDialog search(window.database(), &window);
        search.resize(640, 320);
        search.show();
        if (!QTest::qWaitForWindowExposed(&search))
            return 1;
        search.queryEdit()->setText(QStringLiteral("山田"));
        search.searchNow();
        QCoreApplication::processEvents();
        QTest::qWait(50);
        if (search.grab().save(
                out.filePath(QStringLiteral("search-") + code + QStringLiteral(".png"))))
            ++written;
    }
    return written > 0 ? 0 : 1;
}
