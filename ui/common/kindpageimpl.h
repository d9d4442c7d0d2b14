#pragma once

// The members of KindPage (kindpage.h), for the page source files that
// instantiate it; they need the repository's header as well.

#include "common/fieldform.h"
#include "common/kindpage.h"
#include "common/recordlistmodel.h"
#include "common/uilanguage.h"

#include <optional>

namespace jlgc {

template <typename ThisPage, typename Repo, typename Record, typename Model>
KindPage<ThisPage, Repo, Record, Model>::KindPage(
    const QString& settingsKey, const QString& listKind, const QString& searchKind,
    const char* newRecordTitle, QWidget* parent) requires std::same_as<Model, RecordListModel>
    : RecordPage(settingsKey, parent),
      m_model(new RecordListModel(listKind, this)),
      m_searchKind(searchKind),
      m_newRecordTitle(newRecordTitle)
{
    setListModel(m_model);
}

template <typename ThisPage, typename Repo, typename Record, typename Model>
KindPage<ThisPage, Repo, Record, Model>::KindPage(
    const QString& settingsKey, const QString& searchKind, const char* newRecordTitle,
    QWidget* parent) requires(!std::same_as<Model, RecordListModel>)
    : RecordPage(settingsKey, parent), m_model(new Model(this)), m_searchKind(searchKind),
      m_newRecordTitle(newRecordTitle)
{
    setSourceModel(m_model);
}

template <typename ThisPage, typename Repo, typename Record, typename Model>
QString KindPage<ThisPage, Repo, Record, Model>::describe(const Record& record) const
{
    if constexpr (requires { record.display(Language::English); })
        return record.display(uiLanguage());
    else if constexpr (requires { record.title(Language::English); })
        return record.title(uiLanguage());
    else
        return {};
}

template <typename ThisPage, typename Repo, typename Record, typename Model>
void KindPage<ThisPage, Repo, Record, Model>::loadRecord(const QVariant& id)
{
    const Repo repo(*database());
    std::optional<Record> record;
    if constexpr (requires { repo.find(qint64{}, Language::English); })
        record = repo.find(id.toLongLong(), uiLanguage());
    else
        record = repo.find(id.toLongLong());
    if (!record) {
        clearForm();
        return;
    }
    m_loaded = std::move(*record);
    showLoaded();
    setFormTitle(describe(m_loaded));
}

template <typename ThisPage, typename Repo, typename Record, typename Model>
void KindPage<ThisPage, Repo, Record, Model>::clearForm()
{
    m_loaded = Record{};
    clearFields();
    setFormTitle(newRecordTitle());
}

template <typename ThisPage, typename Repo, typename Record, typename Model>
QVariant KindPage<ThisPage, Repo, Record, Model>::saveForm()
{
    return saveRecord(formRecord());
}

template <typename ThisPage, typename Repo, typename Record, typename Model>
QVariant KindPage<ThisPage, Repo, Record, Model>::saveRecord(const Record& record)
{
    return Repo(*database()).save(record).id;
}

template <typename ThisPage, typename Repo, typename Record, typename Model>
void KindPage<ThisPage, Repo, Record, Model>::removeRecord(const QVariant& id)
{
    Repo(*database()).remove(id.toLongLong());
}

template <typename ThisPage, typename Repo, typename Record, typename Model>
QString KindPage<ThisPage, Repo, Record, Model>::describeCurrent() const
{
    const QString name = describe(formRecord());
    return name.isEmpty() ? newRecordTitle() : name;
}

template <typename ThisPage, typename Repo, typename Record, typename Model>
void KindPage<ThisPage, Repo, Record, Model>::retranslate()
{
    RecordPage::retranslate();
    if (!m_loaded.id && formFields()->isEnabled())
        setFormTitle(newRecordTitle());
}

} // namespace jlgc
