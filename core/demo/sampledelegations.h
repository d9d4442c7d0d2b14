#pragma once

#include <QDate>

namespace jlgc {

class Database;

// Sample delegations, staff, research requests and a research topic with its
// log, dated around `today` so that the screens show upcoming visits,
// overdue requests and an official awaiting handover.
void addSampleDelegations(Database& db, const QDate& today = QDate::currentDate());

} // namespace jlgc
