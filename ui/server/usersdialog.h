#pragma once

#include "storage/server/serverroles.h"

#include <QDialog>
#include <functional>

class QLabel;
class QPushButton;
class QTableWidget;

namespace jlgc {

class Database;
class OfficeLogins;

// Settings → Users… (administrators of an office server): the colleagues'
// logins with their roles; adding one (its one-time password is shown
// once), changing a role, disabling and enabling. What it does is what
// `jlgc-desk users` does (OfficeLogins); the server refuses the rest.
class UsersDialog : public QDialog {
    Q_OBJECT
public:
    explicit UsersDialog(Database* db, QWidget* parent = nullptr);

    QTableWidget* table() const { return m_table; }
    // Adds a login as the Add… form does; returns its password, or an
    // empty text after saying why not.
    QString add(const QString& name, OfficeRole role, const QString& password = {});
    bool setRole(const QString& name, OfficeRole role);
    bool setEnabled(const QString& name, bool enabled);

private:
    void reload();
    void updateButtons();
    QString selectedName() const;
    void askToAdd();
    void askForRole();
    void toggleEnabled();
    void fail(const QString& message);
    // Runs a change of the logins; says why it failed (false), or reads
    // the list again.
    bool attempt(const std::function<void(OfficeLogins&)>& change);

    Database* m_db;
    QTableWidget* m_table;
    QLabel* m_problem;
    QPushButton* m_add;
    QPushButton* m_role;
    QPushButton* m_enable;
};

} // namespace jlgc
