#pragma once

// The members of KindPage (kindpage.h), for the page source files that
// instantiate it; they need the repository's header as well.

#include "common/fieldform.h"
#include "common/kindpage.h"
#include "common/uilanguage.h"

#include <optional>

namespace jlgc {

template <typename ThisPage, typename Repo, typename Record>
QString KindPage<ThisPage, Repo, Record>::describe(const Record& record) const
{
    if constexpr (requires { record.display(Language::English); })
        return record.display(uiLanguage());
    else if constexpr (requires { record.title(Language::English); })
        return record.title(uiLanguage());
    else
        return {};
}

template <typename ThisPage, typename Repo, typename Record>
void KindPage<ThisPage, Repo, Record>::loadRecord(const QVariant& id)
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

template <typename ThisPage, typename Repo, typename Record>
void KindPage<ThisPage, Repo, Record>::clearForm()
{
    m_loaded = Record{};
    clearFields();
    setFormTitle(newRecordTitle());
}

template <typename ThisPage, typename Repo, typename Record>
QVariant KindPage<ThisPage, Repo, Record>::saveForm()
{
    return saveRecord(formRecord());
}

template <typename ThisPage, typename Repo, typename Record>
QVariant KindPage<ThisPage, Repo, Record>::saveRecord(const Record& record)
{
    return Repo(*database()).save(record).id;
}

template <typename ThisPage, typename Repo, typename Record>
void KindPage<ThisPage, Repo, Record>::removeRecord(const QVariant& id)
{
    Repo(*database()).remove(id.toLongLong());
}

template <typename ThisPage, typename Repo, typename Record>
QString KindPage<ThisPage, Repo, Record>::describeCurrent() const
{
    const QString name = describe(formRecord());
    return name.isEmpty() ? newRecordTitle() : name;
}

template <typename ThisPage, typename Repo, typename Record>
void KindPage<ThisPage, Repo, Record>::retranslate()
{
    RecordPage::retranslate();
    if (!m_loaded.id && formFields()->isEnabled())
        setFormTitle(newRecordTitle());
}

} // namespace jlgc
