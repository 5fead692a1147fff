"""本人確認(IDV-1..5)の説明文。"""

MESSAGES = {
    # IDV-1
    "{service} ({route}) is on the source's list of services that need identity verification": (
        "{service}({route})は本人確認が必要なサービスに含まれる"
    ),
    "{service} ({route}) is not on the source's list of services that need identity verification": (
        "{service}({route})は本人確認が必要なサービスに含まれない"
    ),
    "{service} needs no identity verification: construction can be scheduled": (
        "{service}は本人確認が不要のため、工事日を決められる"
    ),
    "{service} needs identity verification, which has not been done yet: the construction date is set only after "
    "it is complete": "{service}は本人確認が必要で、まだ本人確認が済んでいない。工事日は本人確認の完了後に決まる",
    "{service} needs identity verification, and the documents are {outcome}: construction can be scheduled": (
        "{service}は本人確認が必要で、判定は「{outcome}」のため、工事日を決められる"
    ),
    "{service} needs identity verification, and the documents are {outcome}: the construction date is set only "
    "after verification is complete": (
        "{service}は本人確認が必要で、判定は「{outcome}」。工事日は本人確認の完了後に決まる"
    ),
    "Does {service} need identity verification, applied for as {route}?": (
        "{service}を{route}で申し込む場合、本人確認は必要か"
    ),
    "Can the opening construction for {service} be scheduled yet ({route})?": (
        "{service}({route})の開通工事の日程を決められるか"
    ),
    # IDV-2
    "document {n} ({kind}) is an identity document of the individual's table, which asks for its {sides}": (
        "書類{n}({kind})は個人の本人確認書類で、必要なページ/面は{sides}"
    ),
    "the individual's table asks for the {sides} of a {kind}": "{kind}で必要なページ/面は{sides}",
    "the individual's table asks for the {sides} of a {kind} whose back carries changes": (
        "裏面に変更の記載がある{kind}で必要なページ/面は{sides}"
    ),
    "the individual's tables name no side to upload for a {kind}": (
        "個人の書類の表は{kind}に必要なページ/面を定めていない"
    ),
    "document {n} ({kind}): the period of stay ends on {stay_ends}, not before the check on {on}": (
        "書類{n}({kind}):在留期限は{stay_ends}で、確認日{on}時点で在留期限内"
    ),
    "document {n} ({kind}) is not accepted as an identity document": "書類{n}({kind})は本人確認書類の対象外",
    "document {n} ({kind}) is not among the documents of this applicant's table": (
        "書類{n}({kind})はこの申込者区分の本人確認書類に含まれない"
    ),
    "document {n} ({kind}): its {detail} must be uploaded": "書類{n}({kind}):{detail}の提出が必要",
    "document {n} ({kind}): its {detail} must never be uploaded": "書類{n}({kind}):{detail}はアップロードできない",
    "document {n} ({kind}) has no photo: only one with a photo counts": (
        "書類{n}({kind})は顔写真がない。顔写真付きのもののみ有効"
    ),
    "document {n} ({kind}): the holder's name and address are not filled in on the holder's entries page": (
        "書類{n}({kind}):所持人記入欄に氏名・住所が記入されていない"
    ),
    "document {n} ({kind}): the period of stay has ended": "書類{n}({kind}):在留期限を過ぎている",
    "document {n} ({kind}): the {detail} must be made unreadable": (
        "書類{n}({kind}):{detail}を判読不可能な状態にする必要がある"
    ),
    "document {n} ({kind}) shows a My Number: it cannot be accepted": (
        "書類{n}({kind})にマイナンバーの記載があるため受付できない"
    ),
    "the valid documents include an identity document: {kinds}": "有効な書類に本人確認書類({kinds})がある",
    "the valid documents include a health-insurance card or its equivalent ({kinds}) and a supplementary "
    "document ({supplementary})": (
        "有効な書類に健康保険証またはそれに準ずる証({kinds})と補助書類({supplementary})がある"
    ),
    "no valid identity document of the individual's table was submitted": "有効な個人の本人確認書類が提出されていない",
    "a health-insurance card counts only with a supplementary document (a utility receipt or a copy of the "
    "resident record), and none valid was submitted": (
        "健康保険証を本人確認書類とする場合は補助書類(公共料金領収証または住民票の写し)が必要だが、"
        "有効な補助書類が提出されていない"
    ),
    "Which pages or sides of a {kind} must an individual upload (changes entered on the back: "
    "{back_has_changes})?": "個人が{kind}を提出するとき、必要なページ/面はどれか(裏面の変更の記載: {back_has_changes})",
    # IDV-3
    "document {n} ({kind}) is a corporate certificate of the corporate table": "書類{n}({kind})は法人の本人確認書類",
    "document {n} ({kind}) is one of the documents that show the application address when the head office is "
    "elsewhere": "書類{n}({kind})は、本店所在地と申込住所が異なる場合に申込住所を確認する書類",
    "document {n} ({kind}) shows no receipt or issue date": "書類{n}({kind})に領収日付または発行日の記載がない",
    "document {n} ({kind}) is dated more than 6 months before the check": (
        "書類{n}({kind})の日付は確認日から6か月以内ではない"
    ),
    "the valid documents include a corporate certificate ({kinds}) whose head office is the application address": (
        "有効な書類に、本店所在地が申込住所と同じ登記事項証明書または印鑑登録証明書({kinds})がある"
    ),
    "the valid documents include a corporate certificate ({kinds}) and, as its head office is elsewhere, a "
    "document showing the application address ({address})": (
        "有効な書類に登記事項証明書または印鑑登録証明書({kinds})があり、本店所在地が申込住所と異なるため"
        "申込住所の記載された書類({address})も併せて提出されている"
    ),
    "no valid certificate of registered matters or seal registration certificate was submitted": (
        "有効な登記事項証明書もしくは印鑑登録証明書が提出されていない"
    ),
    "the head office differs from the application address: a tax, social insurance or utility receipt showing "
    "the application address must be added": (
        "本店所在地と申込住所が異なるため、申込住所が記載された税・社会保険料・公共料金の領収書等を併せて提出する必要がある"
    ),
    # IDV-4
    "document {n} ({kind}) is a supplementary document, which asks for its {sides}, dated within 6 months": (
        "書類{n}({kind})は補助書類で、必要な面は{sides}、日付は6か月以内であること"
    ),
    "a supplementary document ({kind}) is uploaded with its {sides}": "補助書類({kind})は{sides}を提出する",
    "document {n} ({kind}) shows the registered domicile (本籍): it must not be submitted": (
        "書類{n}({kind})に本籍地の記載があるため提出できない"
    ),
    # 「6か月以内」 (IDV-3, IDV-4)
    "checking on {on}, a corporate certificate or application-address document must be dated {earliest} or later "
    "(6 months before, or the end of that month when it is shorter)": (
        "確認日が{on}の場合、登記事項証明書・印鑑登録証明書と申込住所を確認する書類は{earliest}以降の日付であること"
        "(6か月前の同じ日。その月にその日がなければ月末)"
    ),
    "checking on {on}, a supplementary document must be dated {earliest} or later "
    "(6 months before, or the end of that month when it is shorter)": (
        "確認日が{on}の場合、補助書類は{earliest}以降の日付であること(6か月前の同じ日。その月にその日がなければ月末)"
    ),
    "a corporate certificate or application-address document dated {dated_on} is within 6 months of the check on "
    "{on} (dated {earliest} or later)": (
        "登記事項証明書・印鑑登録証明書または申込住所を確認する書類の日付{dated_on}は、確認日{on}から6か月以内"
        "({earliest}以降)"
    ),
    "a corporate certificate or application-address document dated {dated_on} is not within 6 months of the check "
    "on {on} (it must be dated {earliest} or later)": (
        "登記事項証明書・印鑑登録証明書または申込住所を確認する書類の日付{dated_on}は、確認日{on}から6か月以内ではない"
        "({earliest}以降であること)"
    ),
    "a supplementary document dated {dated_on} is within 6 months of the check on {on} (dated {earliest} or later)": (
        "補助書類の日付{dated_on}は、確認日{on}から6か月以内({earliest}以降)"
    ),
    "a supplementary document dated {dated_on} is not within 6 months of the check on {on} (it must be dated "
    "{earliest} or later)": "補助書類の日付{dated_on}は、確認日{on}から6か月以内ではない({earliest}以降であること)",
    "checking on {on}, 6 months before falls before the calendar begins: a corporate certificate or "
    "application-address document dated {dated_on} is within 6 months": (
        "確認日{on}の6か月前は暦の始まりより前のため、登記事項証明書・印鑑登録証明書または申込住所を確認する書類の"
        "日付{dated_on}は6か月以内"
    ),
    "checking on {on}, 6 months before falls before the calendar begins: a supplementary document dated {dated_on} "
    "is within 6 months": "確認日{on}の6か月前は暦の始まりより前のため、補助書類の日付{dated_on}は6か月以内",
    "Checking on {on}, what is the earliest date still within 6 months?": (
        "確認日が{on}のとき、6か月以内となる最も古い日付はいつか"
    ),
    "Is a document dated {dated_on} within 6 months, when checked on {on}?": (
        "日付が{dated_on}の書類は、確認日{on}から6か月以内か"
    ),
    # IDV-5
    "valid through {expires_on}: checked on {on}, it is within its validity": (
        "有効期限は{expires_on}で、確認日{on}時点で有効期限内"
    ),
    "valid through {expires_on}: checked on {on}, it has expired": (
        "有効期限は{expires_on}で、確認日{on}時点で有効期限切れ"
    ),
    "document {n} ({kind}) has expired": "書類{n}({kind})は有効期限切れ",
    "document {n} ({kind}): part of it is hidden ({detail})": "書類{n}({kind}):一部が隠されている({detail})",
    "document {n} ({kind}) has been altered": "書類{n}({kind})は改ざんされている",
    "document {n} ({kind}): the name does not match the application (verification may be refused: a case for "
    "review)": "書類{n}({kind}):氏名がお申し込み内容と一致しない(非承認となる場合があるため要確認)",
    "document {n} ({kind}): the address does not match the application (verification may be refused: a case for "
    "review)": "書類{n}({kind}):住所がお申し込み内容と一致しない(非承認となる場合があるため要確認)",
    "document {n} ({kind}): part of it is unclear (a resubmission may be requested)": (
        "書類{n}({kind}):不鮮明な部分がある(再提出をお願いすることがある)"
    ),
    "document {n} ({kind}): part of it was intentionally painted over (a resubmission may be requested)": (
        "書類{n}({kind}):意図的に塗りつぶされた部分がある(再提出をお願いすることがある)"
    ),
    "document {n} ({kind}) is invalid: it does not count, and only it": (
        "書類{n}({kind})は無効のため数えない(無効となるのはこの書類だけ)"
    ),
    "document {n} ({kind}) is valid: it counts": "書類{n}({kind})は有効",
    "checked on {on}, the documents make up what the table asks for: {outcome}": (
        "確認日{on}時点で必要な書類が揃っている。判定は「{outcome}」"
    ),
    "checked on {on}, the valid documents alone make up what the table asks for: the documents found invalid "
    "(numbered {invalid}) do not fail the submission (interpretation): {outcome}": (
        "確認日{on}時点で、有効な書類だけで必要な書類が揃っている。無効な書類(書類{invalid})があっても"
        "提出全体を不承認にはしない(解釈)。判定は「{outcome}」"
    ),
    "checked on {on}, the documents make up what the table asks for, but there is something to review ({reasons}): "
    "a mismatch may lead to refusal, or a resubmission may be requested, never an automatic refusal: {outcome}": (
        "確認日{on}時点で必要な書類は揃っているが、確認が必要な点がある({reasons})。非承認となる場合や再提出を"
        "お願いすることがあるが、自動的に非承認とはしない。判定は「{outcome}」"
    ),
    "checked on {on}, the valid documents do not make up what the table asks for: {outcome}": (
        "確認日{on}時点で、有効な書類だけでは必要な書類が揃わない。判定は「{outcome}」"
    ),
    "Is a document valid through {expires_on} expired when checked on {on}?": (
        "有効期限が{expires_on}の書類は、確認日{on}時点で有効期限切れか"
    ),
    "Do the documents submitted for {applicant} verify the applicant's identity, checked on {on}?": (
        "{applicant}の申込で提出された書類により、確認日{on}時点で本人確認が完了するか"
    ),
    "{result.outcome}": "{result.outcome}",
    # labels
    # Applicant's labels (declared in withdrawal.py, beside the enum); the same entries as the withdrawal catalog's.
    "an individual": "個人",
    "a corporate contract": "法人契約",
    "driver's licence": "運転免許証",
    "international driving permit": "国際免許証",
    "passport": "パスポート",
    "Basic Resident Register card (住民基本台帳カード)": "住民基本台帳カード",
    "residence card": "在留カード",
    "special permanent resident certificate": "特別永住者証明書",
    "alien registration certificate of a special permanent resident": "外国人登録証明書(特別永住者)",
    "alien registration certificate": "外国人登録証明書",
    "My Number card": "マイナンバーカード",
    "My Number notification card (通知カード)": "通知カード",
    "health-insurance card": "健康保険証",
    "national public servants' mutual aid card": "国家公務員共済組合員証",
    "local public servants' mutual aid card": "地方公務員共済組合員証",
    "private school teachers' mutual aid card": "私立学校教職員共済加入者証",
    "Self-Defense Forces medical card": "自衛官診療証",
    "certificate of registered matters (登記事項証明書)": "登記事項証明書",
    "seal registration certificate (印鑑登録証明書)": "印鑑登録証明書",
    "national or local tax receipt": "国税又は地方税の領収書",
    "tax payment certificate": "納税証明書",
    "social insurance premium receipt": "社会保険料の領収書",
    "electricity bill receipt": "公共料金領収証(電気)",
    "city gas bill receipt": "公共料金領収証(都市ガス)",
    "water bill receipt": "公共料金領収証(水道)",
    "copy of the resident record (住民票の写し)": "住民票の写し",
    "front side": "表面",
    "back side": "裏面",
    "photo page": "顔写真入りページ",
    "holder's entries page": "所持人記入欄",
    "side showing the name and date of birth": "氏名・生年月日記載面",
    "side showing the address and issue date": "住所・発行日記載面",
    "insurance symbol (記号)": "「記号」",
    "insurance number (番号)": "「番号」",
    "insurer number (保険者番号)": "「保険者番号」",
    "another part": "その他の部分",
    "document not accepted": "対象外の書類",
    "not among this applicant's documents": "申込者区分の対象外の書類",
    "a required side is missing": "必要な面の不足",
    "a side that must not be uploaded": "アップロードできない面",
    "no photo": "顔写真なし",
    "holder's entries not filled in": "所持人記入欄の未記入",
    "period of stay ended": "在留期限切れ",
    "insurance numbers not made unreadable": "保険証の記号・番号の塗りつぶし漏れ",
    "My Number shown": "マイナンバーの記載あり",
    "registered domicile (本籍) shown": "本籍地の記載あり",
    "no receipt or issue date": "領収日付・発行日の記載なし",
    "dated more than 6 months before": "6か月より前の日付",
    "expired": "有効期限切れ",
    "partly hidden": "一部を隠している",
    "altered": "改ざんあり",
    "name does not match": "氏名の不一致",
    "address does not match": "住所の不一致",
    "partly unclear": "不鮮明な部分あり",
    "partly painted over": "意図的な塗りつぶしあり",
    "no identity document": "本人確認書類なし",
    "supplementary document missing": "補助書類の不足",
    "no corporate certificate": "登記事項証明書・印鑑登録証明書なし",
    "application-address document missing": "申込住所を確認する書類の不足",
    "invalid document": "無効な書類",
    "may be refused": "非承認となる場合がある",
    "a resubmission may be requested": "再提出をお願いすることがある",
    "documents incomplete": "書類の不足",
    "verified": "本人確認完了",
    "to be reviewed": "要確認",
    "not verified": "本人確認未完了",
    "the call forwarding service (着信転送サービス)": "着信転送サービス",
    "the So-net 光 phone service (set plan)": "So-net 光 電話(セットプラン)",
    "the So-net 光 internet connection": "So-net 光(インターネット接続)",
    "a new line": "新規",
    "conversion (転用)": "転用",
    "a switch of operator (事業者変更)": "事業者変更",
    # field labels
    "document": "書類",
    "sides uploaded": "提出したページ/面",
    "expiry date": "有効期限",
    "receipt or issue date": "領収日付または発行日",
    "end of the period of stay": "在留期限",
    "parts made unreadable": "判読不可能にした部分",
    "changes entered on the back": "裏面の変更の記載",
    "holder's entries filled in": "所持人記入欄の記入",
    "with a photo": "顔写真付き",
    "name matches the application": "氏名がお申し込み内容と一致",
    "address matches the application": "住所がお申し込み内容と一致",
    "rule ID": "規定ID",
    "reason": "理由",
    "document index (from 0)": "書類の番号(0から)",
    "kind of document": "書類の種類",
    "side or part": "面または部分",
    "reasons": "理由",
    "verification outcome": "判定",
    "verification complete": "本人確認完了",
}
