#include "syntheticpeople.h"

#include "storage/database.h"

#include <QRandomGenerator>

namespace jlgc::bench {

namespace {
struct Name {
    const char16_t* kanji;
    const char16_t* kana;
    const char* latin;
};
const Name Families[] = {
    {u"山田", u"やまだ", "Yamada"},      {u"佐藤", u"さとう", "Sato"},
    {u"鈴木", u"すずき", "Suzuki"},      {u"高橋", u"たかはし", "Takahashi"},
    {u"田中", u"たなか", "Tanaka"},      {u"渡辺", u"わたなべ", "Watanabe"},
    {u"伊藤", u"いとう", "Ito"},         {u"中村", u"なかむら", "Nakamura"},
    {u"小林", u"こばやし", "Kobayashi"}, {u"加藤", u"かとう", "Kato"},
    {u"吉田", u"よしだ", "Yoshida"},     {u"山本", u"やまもと", "Yamamoto"},
    {u"髙橋", u"たかはし", "Takahashi"}, {u"山﨑", u"やまざき", "Yamazaki"},
    {u"𠮷野", u"よしの", "Yoshino"},     {u"石井", u"いしい", "Ishii"},
};
const Name Givens[] = {
    {u"太郎", u"たろう", "Taro"},     {u"花子", u"はなこ", "Hanako"},
    {u"一郎", u"いちろう", "Ichiro"}, {u"美香", u"みか", "Mika"},
    {u"健", u"けん", "Ken"},          {u"聡", u"さとし", "Satoshi"},
    {u"陽子", u"ようこ", "Yoko"},     {u"翔", u"しょう", "Sho"},
    {u"さくら", u"さくら", "Sakura"}, {u"大輔", u"だいすけ", "Daisuke"},
};
const char* const WesternFamilies[] = {"Smith",  "Johnson", "Tremblay", "O'Brien", "García",
                                       "Nguyen", "Miller",  "Gagnon",   "Wilson",  "Lefèvre"};
const char* const WesternGivens[] = {"Anna",  "Michael", "Geneviève", "Siobhán", "David",
                                     "Elena", "James",   "Chloé",     "Robert",  "Maria"};
} // namespace

void addSyntheticPeople(Database& db, int count)
{
    QRandomGenerator rng(20261128);
    db.transaction([&] {
        Query q(db, QStringLiteral("INSERT INTO person (family_name, given_name, "
                                   "family_name_kanji, given_name_kanji, family_name_kana, "
                                   "given_name_kana, created_at, updated_at) VALUES (:f, :g, "
                                   ":fk, :gk, :fr, :gr, '2026-01-01', '2026-01-01')"));
        for (int i = 0; i < count; ++i) {
            if (rng.bounded(3) == 0) {
                q.bind(QStringLiteral(":f"), QString::fromUtf8(WesternFamilies[rng.bounded(10)]))
                    .bind(QStringLiteral(":g"), QString::fromUtf8(WesternGivens[rng.bounded(10)]))
                    .bind(QStringLiteral(":fk"), QVariant())
                    .bind(QStringLiteral(":gk"), QVariant())
                    .bind(QStringLiteral(":fr"), QVariant())
                    .bind(QStringLiteral(":gr"), QVariant());
            } else {
                const Name& f = Families[rng.bounded(16)];
                const Name& g = Givens[rng.bounded(10)];
                q.bind(QStringLiteral(":f"), QString::fromUtf8(f.latin))
                    .bind(QStringLiteral(":g"), QString::fromUtf8(g.latin))
                    .bind(QStringLiteral(":fk"), QString::fromUtf16(f.kanji))
                    .bind(QStringLiteral(":gk"), QString::fromUtf16(g.kanji))
                    .bind(QStringLiteral(":fr"), QString::fromUtf16(f.kana))
                    .bind(QStringLiteral(":gr"), QString::fromUtf16(g.kana));
            }
            q.exec();
        }
    });
}

} // namespace jlgc::bench
