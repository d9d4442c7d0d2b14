#pragma once

#include "domain/cohort.h"

#include <QWidget>
#include <functional>
#include <optional>

class QDialog;
class QHBoxLayout;
class QPushButton;

namespace jlgc {

class Database;

// A tab under the chosen cohort on the Fellowship page (its fellows, its
// itinerary, its homestays): what the three do alike. The tab reads its rows
// again after every add, edit or removal and says so (changed()), and
// follows the language.
class CohortTab : public QWidget {
    Q_OBJECT
public:
    explicit CohortTab(QWidget* parent = nullptr) : QWidget(parent) {}

    // No cohort (id 0): an empty tab and nothing to do.
    void setCohort(Database* db, const Cohort& cohort);
    // Reads the tab's rows again, the selected one staying selected.
    virtual void refresh() = 0;

signals:
    // Rows were added, changed or removed.
    void changed();

protected:
    virtual void retranslate() = 0;
    void changeEvent(QEvent* event) override;

    // Shows an add or edit dialog; once it is accepted (it has saved), the
    // tab is read again, then `thenSelect` runs (the new row chosen), then
    // the tab says it changed.
    void runDialog(QDialog& dialog, const std::function<void()>& thenSelect = {});
    // Asks `question` (No is the default); on Yes runs remove, which may be
    // refused (StorageError: "Not removed" and the reason), then reads the
    // tab again.
    void removeAfterAsking(const QString& title, const QString& question,
                           const std::function<void()>& remove);
    // After a row's record was found gone (removed meanwhile): the tab is
    // read again, and false.
    template <typename Record> bool stillThere(const std::optional<Record>& record)
    {
        if (!record)
            refresh();
        return record.has_value();
    }
    // Edits the record `id` (none: 0) of Repo's kind in its dialog,
    // Dialog(database, cohort, args…, record, tab), read as stored now.
    template <typename Repo, typename Dialog, typename... Args>
    void editInDialog(qint64 id, const Args&... args)
    {
        if (!m_db || id <= 0)
            return;
        const auto record = Repo(*m_db).find(id);
        if (!stillThere(record))
            return;
        Dialog dialog(m_db, m_cohort, args..., *record, this);
        runDialog(dialog);
    }
    // Add while the cohort has its programme's dates; Edit and Remove while
    // a row is chosen besides.
    void enableButtons(QPushButton* add, QPushButton* edit, QPushButton* remove,
                       bool rowChosen) const;
    // The tab's buttons in a row, from the left.
    static QHBoxLayout* buttonRow(const QList<QPushButton*>& buttons);
    // The summary over the list, the buttons between them: in sight
    // without scrolling the form.
    void layOut(QWidget* summary, QWidget* list, const QList<QPushButton*>& buttons);

    Database* m_db = nullptr;
    Cohort m_cohort;
};

} // namespace jlgc
