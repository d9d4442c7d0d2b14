#include "common/describedpage.h"

#include "common/datefield.h"
#include "common/fieldform.h"
#include "common/pickers.h"
#include "common/recordlistmodel.h"
#include "common/uilanguage.h"

#include <QComboBox>
#include <QIntValidator>
#include <QLineEdit>
#include <QPlainTextEdit>

namespace jlgc {

DescribedPage::DescribedPage(const RecordType& type, QWidget* parent)
    : RecordPage(type.name, parent), m_type(type)
{
    setObjectName(type.name + QStringLiteral("Page"));
    setListModel(new RecordListModel(type.name, this));
    FieldForm* form = formFields();
    form->addSection(QStringLiteral("record"));
    for (const FieldSpec& f : m_type.fields)
        m_editors.insert(f.column, form->add(f.column, makeEditor(f)));
    retranslate();
}

QString DescribedPage::title() const
{
    return m_type.translatedLabel();
}

QString DescribedPage::searchKind() const
{
    return m_type.searchSelect.isEmpty() ? QString() : m_type.indexKind();
}

QString DescribedPage::historyTableName() const
{
    return m_type.table;
}

QWidget* DescribedPage::makeEditor(const FieldSpec& field)
{
    const DatabaseGetter db = [this] { return database(); };
    switch (field.input) {
    case FieldSpec::Input::LongText:
        return shortTextEdit(fontMetrics().lineSpacing() * 5);
    case FieldSpec::Input::Date:
        return new DateField;
    case FieldSpec::Input::Number: {
        auto* number = new QLineEdit;
        number->setValidator(new QIntValidator(0, 999999999, number));
        return number;
    }
    case FieldSpec::Input::Choice:
        return new QComboBox;
    case FieldSpec::Input::Person: {
        auto* picker = new SearchPicker;
        picker->setProvider(pickers::people(db));
        return picker;
    }
    case FieldSpec::Input::Organization: {
        auto* picker = new SearchPicker;
        picker->setProvider(pickers::organizations(db));
        return picker;
    }
    case FieldSpec::Input::Text:
        break;
    }
    return new QLineEdit;
}

QVariant DescribedPage::valueOf(const FieldSpec& field) const
{
    QWidget* w = m_editors.value(field.column);
    switch (field.input) {
    case FieldSpec::Input::LongText:
        return static_cast<QPlainTextEdit*>(w)->toPlainText();
    case FieldSpec::Input::Date: {
        const QDate d = static_cast<DateField*>(w)->value();
        return d.isValid() ? QVariant(d.toString(Qt::ISODate)) : QVariant();
    }
    case FieldSpec::Input::Number: {
        const QString t = static_cast<QLineEdit*>(w)->text().trimmed();
        return t.isEmpty() ? QVariant() : QVariant(t.toLongLong());
    }
    case FieldSpec::Input::Choice:
        return static_cast<QComboBox*>(w)->currentData();
    case FieldSpec::Input::Person:
    case FieldSpec::Input::Organization: {
        auto* picker = static_cast<SearchPicker*>(w);
        return picker->hasCurrent() ? picker->currentKey() : QVariant();
    }
    case FieldSpec::Input::Text:
        break;
    }
    return static_cast<QLineEdit*>(w)->text();
}

void DescribedPage::showValue(const FieldSpec& field, const QVariant& value)
{
    QWidget* w = m_editors.value(field.column);
    switch (field.input) {
    case FieldSpec::Input::LongText:
        static_cast<QPlainTextEdit*>(w)->setPlainText(value.toString());
        return;
    case FieldSpec::Input::Date:
        static_cast<DateField*>(w)->setValue(QDate::fromString(value.toString(), Qt::ISODate));
        return;
    case FieldSpec::Input::Choice: {
        auto* combo = static_cast<QComboBox*>(w);
        // NULL: the empty entry of a choice that may be left out.
        combo->setCurrentIndex(value.isNull() ? 0 : qMax(0, combo->findData(value)));
        return;
    }
    case FieldSpec::Input::Person:
    case FieldSpec::Input::Organization: {
        auto* picker = static_cast<SearchPicker*>(w);
        const qint64 id = value.toLongLong();
        if (id <= 0)
            picker->clear();
        else
            picker->setCurrent(id, field.input == FieldSpec::Input::Person
                                       ? pickers::personLabel(database(), id)
                                       : pickers::organizationLabel(database(), id));
        return;
    }
    case FieldSpec::Input::Number:
    case FieldSpec::Input::Text:
        break;
    }
    static_cast<QLineEdit*>(w)->setText(value.toString());
}

void DescribedPage::fillChoices()
{
    for (const FieldSpec& f : m_type.fields) {
        if (f.input != FieldSpec::Input::Choice || !f.choices)
            continue;
        auto* combo = static_cast<QComboBox*>(m_editors.value(f.column));
        const QVariant chosen = combo->currentData();
        const QSignalBlocker quiet(combo);
        combo->clear();
        if (!(f.flags & FieldSpec::Required))
            combo->addItem(QString(), QVariant()); // not given
        for (const auto& [code, label] : f.choices())
            combo->addItem(label, code);
        combo->setCurrentIndex(qMax(0, combo->findData(chosen)));
    }
}

void DescribedPage::loadRecord(const QVariant& id)
{
    const auto record = DescribedTable(*database(), m_type).find(id.toLongLong());
    if (!record) {
        clearForm();
        return;
    }
    m_loaded = *record;
    for (const FieldSpec& f : m_type.fields)
        showValue(f, record->values.value(f.column));
    setFormTitle(describeCurrent());
}

void DescribedPage::clearForm()
{
    m_loaded = DescribedRecord{};
    for (const FieldSpec& f : m_type.fields)
        showValue(f, QVariant());
    setFormTitle(tr("New %1").arg(m_type.translatedSingular()));
}

QVariant DescribedPage::saveForm()
{
    DescribedRecord record = m_loaded;
    for (const FieldSpec& f : m_type.fields)
        record.values.insert(f.column, valueOf(f));
    return DescribedTable(*database(), m_type).save(record);
}

void DescribedPage::removeRecord(const QVariant& id)
{
    DescribedTable(*database(), m_type).remove(id.toLongLong());
}

QString DescribedPage::describeCurrent() const
{
    // The first text a record needs names it (a gift's description, not
    // its giver), else the first text filled in.
    for (const bool needed : {true, false})
        for (const FieldSpec& f : m_type.fields)
            if (f.input == FieldSpec::Input::Text &&
                (!needed || (f.flags & FieldSpec::Required) != 0))
                if (const QString t = m_loaded.values.value(f.column).toString(); !t.isEmpty())
                    return t;
    return m_type.translatedSingular();
}

void DescribedPage::retranslate()
{
    RecordPage::retranslate();
    fillChoices();
    FieldForm* form = formFields();
    QString section = m_type.translatedSingular();
    if (!section.isEmpty())
        section[0] = section[0].toUpper();
    form->setSectionTitle(QStringLiteral("record"), section);
    for (const FieldSpec& f : m_type.fields)
        form->setLabel(f.column, f.translatedLabel());
}

} // namespace jlgc
