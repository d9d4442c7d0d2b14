#pragma once

#include "common/recordpage.h"

#include <QIcon>
#include <concepts>

namespace jlgc {

class RecordListModel;

// The page of one kind of record that is read, saved and removed through its
// repository (a KindRepository): what every such page does the same way is
// written here once, and the page says only what is its own: how the form
// shows a record and reads one back, and its words for a new record.
//
// ThisPage is the page's own class (its static pageTitle() and PageIcon
// serve the navigation before the page is made); Repo its kind's repository;
// Record the kind; Model the page's list: the kind's list read by the
// database (RecordListModel), or a short list of the page's own in memory.
//
// The members are defined in kindpageimpl.h and compiled once, in the
// page's own source file ("template class KindPage<…>;", at its end: lupdate
// would read the texts of a constructor that follows it in KindPage's
// context): no other file needs the repository.
template <typename ThisPage, typename Repo, typename Record, typename Model = RecordListModel>
class KindPage : public RecordPage {
public:
    // settingsKey names the page in QSettings; listKind the kind's list
    // (RecordListModel) the page shows; searchKind the kind as global search
    // names it (empty: none); newRecordTitle the form's title for a record
    // not yet saved ("New person"), marked with QT_TR_NOOP and translated in
    // the page's own context.
    KindPage(const QString& settingsKey, const QString& listKind, const QString& searchKind,
             const char* newRecordTitle,
             QWidget* parent) requires std::same_as<Model, RecordListModel>;
    // A list of the page's own (Model(parent)), in memory.
    KindPage(const QString& settingsKey, const QString& searchKind, const char* newRecordTitle,
             QWidget* parent) requires(!std::same_as<Model, RecordListModel>);

    QString title() const override { return ThisPage::pageTitle(); }
    QIcon icon() const override { return standardIcon(ThisPage::PageIcon); }
    QString searchKind() const override { return m_searchKind; }
    // The page's list (for tests).
    Model* model() const { return m_model; }

protected:
    // The form's title for a record not yet saved: "New person".
    QString newRecordTitle() const { return ThisPage::tr(m_newRecordTitle); }
    // A record's name, the form's title once it is read: its display name
    // (or its title) in the user's language unless the page says otherwise.
    virtual QString describe(const Record& record) const;
    // Fills the form with m_loaded, the record just read.
    virtual void showLoaded() = 0;
    // Empties the form's fields (m_loaded is a new record already).
    virtual void clearFields() = 0;
    // The record as the form shows it: m_loaded with the user's edits.
    virtual Record formRecord() const = 0;

    // Reads the record (names in it in the user's language, where the
    // repository reads them so), keeps it in m_loaded and shows it; a
    // record removed meanwhile leaves the form empty.
    void loadRecord(const QVariant& id) override;
    void clearForm() override;
    QVariant saveForm() override;
    // Adds or updates the record (the repository checks it); its id.
    QVariant saveRecord(const Record& record);
    void removeRecord(const QVariant& id) override;
    // The form's record by name, or "New person" while it has none.
    QString describeCurrent() const override;
    // A new record's title follows the language; the page's own labels
    // come after.
    void retranslate() override;

    // The page's list.
    Model* const m_model;
    const QString m_searchKind;
    const char* const m_newRecordTitle;
    // The record as it was read (or a new one): what formRecord() starts
    // from, so that what the form does not show is kept.
    Record m_loaded;
};

} // namespace jlgc
