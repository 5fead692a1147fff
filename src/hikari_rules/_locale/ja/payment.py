"""支払方法と請求タイミング(PAY-1・PAY-2)、NTT請求(NTT-1..5)、NTTドコモビジネス(BIZ-1..10)の説明文。"""

MESSAGES = {
    # -- PAY-1
    "the usage of {usage_month} is billed in {billing_month}; its statement shows on My Page around that month's "
    "2nd–3rd business days, {second} and {third}": (
        "{usage_month}の利用料金は{billing_month}に請求され、同月の2〜3営業日ごろ({second}・{third})に"
        "マイページで確認できる"
    ),
    "the usage of {usage_month} is billed in {billing_month}": "{usage_month}の利用料金は{billing_month}に請求される",
    "When does the statement for the usage of {usage_month} show on My Page?": (
        "{usage_month}の利用料金はいつマイページで確認できるか"
    ),
    "between {result[0]} and {result[1]}": "{result[0]}〜{result[1]}ごろ",
    # -- PAY-2
    "{method} is for corporate contracts only: an individual contract cannot use it": (
        "{method}は法人契約に限られるため、個人契約では利用できない"
    ),
    "{method} is for corporate contracts only, and this is a corporate contract": (
        "{method}は法人契約に限られ、この契約は法人契約のため利用できる"
    ),
    "{method} is open to individual and corporate contracts": "{method}は個人・法人とも利用できる",
    "paid by {method}, a bill of {billing_month} is collected on the card company's own schedule: "
    "no date can be worked out here": (
        "{method}払いでは、{billing_month}の請求はカード会社の請求日に従うため、ここでは日付を求められない"
    ),
    "paid by {method}, a bill of {billing_month} is debited on the 27th of the following month: {date} "
    "(the nominal date)": "{method}では、{billing_month}の請求は翌月27日の{date}に引き落とされる(名目上の日付)",
    "paid by {method}, a bill of {billing_month} is due on the 25th of that month: {date} (the nominal date; "
    "the slip is mailed around the 6th–8th, and a late slip cannot be used)": (
        "{method}では、{billing_month}の請求の支払期限は同月25日の{date}(名目上の日付。払込票は6日~8日頃に発送され、"
        "期限を過ぎた払込票は使えない)"
    ),
    "paid through {method}, a bill of {billing_month} is collected on NTT Finance's schedule: "
    "no date can be worked out here": (
        "{method}では、{billing_month}の請求はNTTファイナンスの請求日に従うため、ここでは日付を求められない"
    ),
    "paid through {method} (corporate contracts only), a bill of {billing_month} arrives about when "
    "convenience-store slips do; the source gives no exact date (「多少のバラつき」)": (
        "{method}(法人限定)では、{billing_month}の請求はコンビニ払込票とほぼ同じ時期に届く。"
        "原文は正確な日付を示していない(「多少のバラつき」)"
    ),
    "paid through {method} (corporate contracts only), a bill of {billing_month} is USEN's own bill, "
    "labelled with its billing month; the source gives no date": (
        "{method}(法人限定)では、{billing_month}の請求はUSENからの請求で、請求月で表記される。原文は日付を示していない"
    ),
    "the nominal date {nominal} is not a business day: rolled to the next business day, {date} "
    "(the other reading, asked for explicitly)": (
        "名目上の日付{nominal}は営業日ではないため、翌営業日の{date}に繰り延べた(明示的に求められた別の読み方)"
    ),
    "the nominal date {nominal} is a business day: rolling does not move it": (
        "名目上の日付{nominal}は営業日のため、繰り延べても変わらない"
    ),
    "convenience-store slips for {billing_month} are mailed around the 6th–8th: between {first} and {last}": (
        "{billing_month}のコンビニ払込票は6日~8日頃({first}〜{last})に発送される"
    ),
    "paid by {method}, a bill is labelled with the {label}: the usage of {usage_month} is billed as "
    "「{number}月分」": "{method}の請求は{label}で表記されるため、{usage_month}の利用分は「{number}月分」となる",
    "May this contract holder pay by {method}?": "この契約者は{method}で支払えるか",
    "When is a bill of {billing_month} paid by {method} collected?": (
        "{method}で支払う{billing_month}の請求はいつ支払われるか"
    ),
    "When is a bill of {billing_month} paid by {method} collected, rolled to a business day?": (
        "{method}で支払う{billing_month}の請求は、営業日に繰り延べるといつになるか"
    ),
    "When are the convenience-store slips for {billing_month} mailed?": (
        "{billing_month}のコンビニ払込票はいつ発送されるか"
    ),
    "Which month is the bill for the usage of {usage_month} labelled with, paid by {method}?": (
        "{method}で支払う場合、{usage_month}の利用分の請求は何月分と表記されるか"
    ),
    "「{result.month}月分」 ({result})": "「{result.month}月分」({result})",
    "{result:unknown}": "{result:unknown}",
    "credit card": "クレジットカード",
    "bank debit": "口座引落",
    "convenience-store slip": "コンビニ払込票",
    "NTT請求": "NTT請求",
    "Cedyna": "セディナ",
    "USEN": "USEN",
    "usage month": "利用月",
    "billing month": "請求月",
    "payment method": "支払方法",
    "corporate contracts only": "法人限定",
    "day of the month": "支払日",
    "months after the billing month": "請求月から何カ月後か",
    "the bill is labelled with": "請求の表記",
    # -- NTT-1
    "an existing user who subscribes to So-net 光, holds a docomo line in the same name and pays its charges: "
    "NTT請求 continues": (
        "So-net 光の契約者で、同一名義のドコモ携帯電話を持ちその料金を支払っている既存の利用者のため、"
        "NTT請求を継続して利用できる"
    ),
    "every other condition is met, but new applications for NTT請求 are closed (申込受付終了)": (
        "ほかの条件は満たすが、NTT請求の新規申込は受付を終了している"
    ),
    "NTT請求 is not available: {missing}": "NTT請求は利用できない({missing})",
    "not a So-net 光 subscriber": "So-net 光の契約者ではない",
    "no docomo line in the same name": "同一名義のドコモ携帯電話がない",
    "does not pay the docomo line's charges": "ドコモ携帯電話の料金を支払っていない",
    "not already using NTT請求, and new applications are closed": "NTT請求を利用中ではなく、新規申込は受付終了している",
    "Can this customer pay through NTT請求 (So-net 光 subscriber: {sonet_hikari_subscriber}; docomo line "
    "in the same name: {docomo_line_in_same_name}; pays that line: {pays_docomo_line}; already using NTT請求: "
    "{already_using})?": (
        "このお客さまはNTT請求で支払えるか(So-net 光の契約者: {sonet_hikari_subscriber}、"
        "同一名義のドコモ携帯電話: {docomo_line_in_same_name}、その料金の支払い: {pays_docomo_line}、"
        "NTT請求を利用中: {already_using})"
    ),
    # -- NTT-2
    "after {event} of the docomo line, NTT請求 continues": "ドコモ携帯電話の{event}の後も、NTT請求は継続して利用できる",
    "after {event} of the docomo line, NTT請求 can no longer be used": (
        "ドコモ携帯電話の{event}により、NTT請求は継続して利用できない"
    ),
    "the cancellation": "解約",
    "the succession": "承継",
    "the transfer": "譲渡",
    "a number change (same contract holder)": "番号のみの変更(契約者はそのまま)",
    "Does NTT請求 continue after {event} of the docomo line?": "ドコモ携帯電話の{event}の後も、NTT請求は継続するか",
    # -- NTT-3
    "no payment method is registered: the charges are re-billed by convenience-store slip, with a slip-issuance "
    "fee on every bill (the source gives no amount: unknown), and service may be suspended or cancelled": (
        "支払方法の登録がないため、コンビニ払込票で再請求される。1回の請求ごとに払込票発行手数料がかかり"
        "(金額は原文になく不明)、利用停止・契約解除となる場合がある"
    ),
    "the charges go to the newly registered method, {method}: a slip-issuance fee applies on every bill "
    "(the source gives no amount: unknown)": (
        "変更後の支払方法({method})へ請求される。1回の請求ごとに払込票発行手数料がかかる(金額は原文になく不明)"
    ),
    "the charges go to the newly registered method, {method}": "変更後の支払方法({method})へ請求される",
    "not a pink re-bill slip: no suspension before the due date": (
        "ピンク色の再請求払込票ではないため、支払期日前の利用停止はない"
    ),
    "a pink re-bill slip, but a new payment method is registered: service is not suspended": (
        "ピンク色の再請求払込票だが、新しい支払方法を登録済みのため利用停止とはならない"
    ),
    "a pink re-bill slip and no new payment method: service is suspended before the slip's due date": (
        "ピンク色の再請求払込票で新しい支払方法の登録がないため、払込票の支払期日前に利用停止となる"
    ),
    "Where do the charges NTT請求 cannot collect go (newly registered payment method: {registered_method})?": (
        "NTT請求で支払えない料金はどこへ請求されるか(新たに登録した支払方法: {registered_method})"
    ),
    "Is service suspended before the slip's due date (pink re-bill slip: {pink_slip}; new payment method "
    "registered: {new_method_registered})?": (
        "払込票の支払期日前に利用停止となるか(ピンク色の再請求払込票: {pink_slip}、"
        "新しい支払方法の登録: {new_method_registered})"
    ),
    "billed by": "請求先の支払方法",
    "re-billed by slip": "払込票での再請求",
    "slip-issuance fee on every bill": "請求ごとの払込票発行手数料",
    "slip-issuance fee": "払込票発行手数料",
    "may be suspended or cancelled": "利用停止・契約解除の可能性",
    # -- NTT-4
    "this content service is on NTT請求's restricted list (the list itself is not in the source): "
    "it cannot be paid through NTT請求": (
        "このコンテンツサービスはNTT請求で利用できないサービスに当たるため、NTT請求では支払えない(対象の一覧は原文にない)"
    ),
    "this content service is not on NTT請求's restricted list: it can be paid through it": (
        "このコンテンツサービスはNTT請求で利用できないサービスに当たらないため、NTT請求で支払える"
    ),
    "paid by {method}, not through NTT請求: NTT請求's restriction does not apply": (
        "支払方法は{method}でNTT請求ではないため、NTT請求の利用制限は当たらない"
    ),
    "Can a content service be paid by {method} (on NTT請求's restricted list: {restricted_under_ntt_billing})?": (
        "コンテンツサービスを{method}で支払えるか(NTT請求で利用できないサービス: {restricted_under_ntt_billing})"
    ),
    # -- NTT-5
    "on NTT Finance's Web billing and bills, So-net's charges appear as 「{label}」": (
        "NTTファイナンスのWebビリングや請求書では、So-netの利用料金は「{label}」と表示される"
    ),
    "How do So-net's charges appear on the NTT Finance bill under NTT請求?": (
        "NTT請求では、So-netの利用料金はNTTファイナンスの請求書にどう表示されるか"
    ),
    "「{result}」": "「{result}」",
    # -- BIZ-1
    "ordered at {at}, before 13:00 on a business day: the order counts on that day, {day}": (
        "{at}の申込は営業日の13時前のため、当日{day}の受付扱い"
    ),
    "ordered at {at}, at 13:00 or later: the order counts on the next business day, {day}": (
        "{at}の申込は13時以降のため、翌営業日{day}の受付扱い"
    ),
    "{ordered_on} ({ordered_on:holiday}) is not a business day: an order placed that day counts on the next "
    "business day, {day} (the library's reading)": (
        "{ordered_on}({ordered_on:holiday})は休業日のため、この日の申込は翌営業日{day}の受付扱い(本ライブラリの解釈)"
    ),
    "{ordered_on} ({why}) is not a business day: an order placed that day counts on the next business day, {day} "
    "(the library's reading)": (
        "{ordered_on}({why})は休業日のため、この日の申込は翌営業日{day}の受付扱い(本ライブラリの解釈)"
    ),
    "On which business day does an order placed at {ordered_at} count?": (
        "{ordered_at}の申込は、どの営業日の受付扱いになるか"
    ),
    "Saturday": "土曜日",
    "Sunday": "日曜日",
    "year-end closure": "年末年始",
    # -- BIZ-2
    "{amount:yen} is under {limit:yen}: a barcode invoice, payable at banks, post offices and convenience stores": (
        "{amount:yen}は{limit:yen}未満のため、バーコード付き請求書(金融機関・郵便局・コンビニで支払える)"
    ),
    "{amount:yen} is exactly {limit:yen}, which is not under it: an invoice without a barcode, payable at banks "
    "only (the library's reading)": (
        "{amount:yen}はちょうど{limit:yen}で「30万円未満」に当たらないため、バーコードなしの請求書"
        "(金融機関のみで支払える。本ライブラリの解釈)"
    ),
    "{amount:yen} is over {limit:yen}: an invoice without a barcode, payable at banks only": (
        "{amount:yen}は{limit:yen}を超えるため、バーコードなしの請求書(金融機関のみで支払える)"
    ),
    "Which invoice does an amount of {amount:yen} get?": "請求金額{amount:yen}では、どの請求書が届くか",
    "barcode invoice": "バーコード付き請求書",
    "invoice without a barcode (banks only)": "バーコードなしの請求書(金融機関のみ)",
    # -- BIZ-3
    "for a service that does not require a business d account, the due date is the one printed on the invoice: "
    "unknown here": "ビジネスdアカウント必須サービス以外の支払期限は各請求書に記載の期日のため、ここでは分からない",
    "the last day of the invoice month, {month_end}, is a business day: it is the due date": (
        "請求書発行月の末日{month_end}は営業日のため、この日が支払期限"
    ),
    "the last day of the invoice month, {month_end}, is a holiday ({month_end:holiday}): the due date is the next "
    "business day, {due}": (
        "請求書発行月の末日{month_end}は祝日({month_end:holiday})のため、翌営業日の{due}が支払期限"
    ),
    "the last day of the invoice month, {month_end}, is a {why}: the due date is the next business day, {due}": (
        "請求書発行月の末日{month_end}は{why}のため、翌営業日の{due}が支払期限"
    ),
    "the last day of the invoice month, {month_end}, falls in the year-end closure (29 December – 3 January), "
    "which is not a business day: the due date is the next business day, {due} (the library's reading)": (
        "請求書発行月の末日{month_end}は年末年始(12月29日〜1月3日)の休業日のため、翌営業日の{due}が支払期限"
        "(本ライブラリの解釈)"
    ),
    "When is an invoice issued in {invoice_month} due (a service that requires a business d account: "
    "{requires_business_d_account})?": (
        "{invoice_month}に発行された請求書の支払期限はいつか(ビジネスdアカウント必須サービス: "
        "{requires_business_d_account})"
    ),
    # -- BIZ-4
    "the first invoice has not arrived yet: the first payment is by {method} only, and a change can start only "
    "after the first invoice arrives": (
        "初回請求書がまだ届いていないため、初回の支払方法は{method}のみ。変更手続きは初回請求書の到着以後に開始できる"
    ),
    '"{number}" starts with "R" and has more after it: it has the form of an invoice number': (
        "「{number}」は「R」で始まり、その後に文字が続くため、請求書番号の形式に合う"
    ),
    '"{number}" does not start with "R": it is not an invoice number': (
        "「{number}」は「R」で始まらないため、請求書番号ではない"
    ),
    '"{number}" has nothing after the "R": it is not an invoice number': (
        "「{number}」は「R」の後に何も続かないため、請求書番号ではない"
    ),
    "the first invoice has not arrived yet: a change cannot start": (
        "初回請求書がまだ届いていないため、変更手続きを開始できない"
    ),
    'no invoice number was given: a change needs the one starting with "R"': (
        "請求書番号の指定がない。変更手続きには「R」から始まる請求書番号が必要"
    ),
    "the first invoice has arrived and the invoice number is given: the change can start (a change to bank "
    "transfer takes about {months} months)": (
        "初回請求書が届き請求書番号もあるため、変更手続きを開始できる(口座振替への変更完了までおおよそ{months}カ月程度)"
    ),
    'Is "{s}" an invoice number?': "「{s}」は請求書番号か",
    "Can a change of billing details or payment method start (first invoice arrived: "
    "{first_invoice_received}; invoice number: {invoice_number})?": (
        "請求先・支払方法の変更手続きを開始できるか(初回請求書の到着: {first_invoice_received}、"
        "請求書番号: {invoice_number})"
    ),
    "a service that requires a business d account": "ビジネスdアカウント必須サービス",
    "OCN or another service": "OCNなどそれ以外のサービス",
    "payment by invoice": "請求書払い",
    "bank transfer": "口座振替",
    "card payment": "クレジットカード払い",
    # -- BIZ-5
    "once the first invoice has arrived, {service} can be paid by: {methods} (card payment only for services that "
    "require a business d account, and even then possibly not, depending on the contract)": (
        "初回請求書の到着後、{service}で利用できる支払方法は{methods}(クレジットカード払いは"
        "ビジネスdアカウント必須サービスのみで、契約内容によっては利用できない場合がある)"
    ),
    "{service} cannot be paid by card: card payment is only for services that require a business d account": (
        "クレジットカード払いはビジネスdアカウント必須サービスのみのため、{service}はカードで支払えない"
    ),
    "cards issued by {issuer}: {acceptance}, as the FAQ lists the issuer": (
        "{issuer}のカードは{acceptance}(FAQの記載による)"
    ),
    "the FAQ names no restriction for {issuer}: accepted, although card payment may still be unavailable "
    "depending on the contract": (
        "{issuer}のカードについてFAQに制限の記載はないため利用できる(ただし契約内容によっては利用できない場合がある)"
    ),
    "Which payment methods are open to {service} (first invoice arrived: {first_invoice_received})?": (
        "{service}で利用できる支払方法は何か(初回請求書の到着: {first_invoice_received})"
    ),
    "Can a card issued by {issuer} pay for {service}?": "{issuer}のカードで{service}を支払えるか",
    "Rakuten Card": "楽天カード",
    "Mitsubishi UFJ NICOS": "三菱UFJニコス",
    "Orico": "オリコカード",
    "an issuer the FAQ does not name": "FAQに記載のない発行会社",
    "accepted": "利用できる",
    "may not be accepted (the source does not say when)": "利用できない場合がある(どのような場合かは原文にない)",
    "not accepted": "利用できない",
    # -- BIZ-9
    "the first payment for {kind} is by invoice only: {method} is {verdict} for it": (
        "{kind}の初回の支払方法は請求書払いのみのため、{method}は{verdict}"
    ),
    "for {kind} ordered at the online shop, {method} is {verdict}": (
        "オンラインショップで申し込んだ{kind}では、{method}は{verdict}"
    ),
    "for {kind} ordered at the online shop, {method} is not accepted: only an application at a docomo shop can "
    "pay by card": (
        "オンラインショップで申し込んだ{kind}では{method}は利用できない(クレジットカード払いはドコモショップでの手続きのみ)"
    ),
    "for {kind} applied for at a docomo shop, {method} is {verdict}": (
        "ドコモショップで手続きした{kind}では、{method}は{verdict}"
    ),
    "for {kind}, some services do not accept {method} and the source does not say which: unknown": (
        "{kind}には{method}に対応していないサービスがあるが、どのサービスかは原文にないため不明"
    ),
    "for {kind}, the source only refers to another page, so whether {method} is accepted is unknown": (
        "{kind}について原文は別ページを参照するのみのため、{method}を利用できるかは不明"
    ),
    "Is {method} accepted for {kind} (first payment: {first_payment}; applied for at a docomo shop: "
    "{at_docomo_shop})?": (
        "{kind}で{method}を利用できるか(初回の支払い: {first_payment}、ドコモショップでの手続き: {at_docomo_shop})"
    ),
    "home 5G / homeでんわ": "home 5G・homeでんわ",
    "a service provided through Business Plus (ビジネスプラス)": "ビジネスプラスで提供しているサービス",
    # -- BIZ-10
    "ordering {product} needs no user ID list": "{product}の注文には利用者IDリストの登録は不要",
    "ordering {product} needs a user ID list giving, for each user: {fields}": (
        "{product}の注文には利用者IDリストの登録が必要(利用者ごとに{fields})"
    ),
    "ordering {product} needs a user ID list giving, for each user: {fields} ({omitted}: not required for it)": (
        "{product}の注文には利用者IDリストの登録が必要(利用者ごとに{fields}。{omitted}は入力不要)"
    ),
    "What user ID list does ordering {product} need?": "{product}の注文には、どのような利用者IDリストが必要か",
    "the business d welfare service (ビジネスd福利厚生)": "ビジネスd福利厚生",
    "the NewsPicks +d premium membership plan (NewsPicks +dプレミアム会員プラン)": "NewsPicks +dプレミアム会員プラン",
    "the all-round business support service (まるごとビジネスサポート)": "まるごとビジネスサポート",
    "the IT asset management by Josys option (「IT資産管理 by ジョーシス」) of the unlimited-use plan of "
    "the all-round business support service": (
        "まるごとビジネスサポート 回数無制限プランの「IT資産管理 by ジョーシス」オプション"
    ),
    "any other product": "その他の商品",
    "the business d account ID": "ビジネスdアカウントのID",
    "its contact e-mail address": "ビジネスdアカウントの連絡先メールアドレス",
    "the user's name": "利用者の氏名",
    "the user's phone number": "利用者の電話番号",
    # -- BIZ-6
    "the upload deletes all {before} registered users and registers the {after} users of the file": (
        "登録済みの{before}件をすべて削除し、CSVの{after}件を全件登録する(追加ではなく入れ替え)"
    ),
    "Which users are registered after uploading a user CSV?": "利用ユーザをCSVで登録すると、登録ユーザはどうなるか",
    # -- BIZ-7
    "the service's first month is free: the source does not say when its invoice is issued (unknown)": (
        "初月無料対象のサービスのため、請求書の発行時期は原文に示されていない(不明)"
    ),
    "the service started on {service_start}: its invoice is issued around the middle of the following month, "
    "{month}": "利用開始日が{service_start}のため、請求書は概ね翌月{month}の中旬に発行される",
    "one invoice per service: {count} services, {result} invoices": (
        "請求書はサービスごとに1通のため、{count}サービスで{result}通"
    ),
    "In which month is the first invoice of a service started on {service_start} issued "
    "(first month free: {first_month_free})?": (
        "利用開始日が{service_start}のサービスの請求書は、何月に発行されるか(初月無料: {first_month_free})"
    ),
    "{result} invoices": "{result}通",
    "How many invoices does a customer with {service_count} services get?": (
        "{service_count}サービスを利用するお客さまには、請求書が何通届くか"
    ),
    # -- BIZ-8
    "membership is required to order, and the customer is not a member": ("注文には会員登録が必須だが、会員登録がない"),
    "{service} needs a login with a business d account, and there is none": (
        "{service}の注文にはビジネスdアカウントでのログインが必要だが、ログインしていない"
    ),
    "ordering {service} needs the administrator role, and the user lacks it": (
        "{service}の注文には管理者ロールが必要だが、管理者ロールがない"
    ),
    "a sole proprietor may order only services marked 「個人事業主OK」, and this one is not": (
        "個人事業主が申し込めるのは「個人事業主OK」の表示があるサービスだけだが、このサービスには表示がない"
    ),
    "ordering by trade name needs a personal ID document (driving licence, My Number card …), and none is given": (
        "屋号での注文には個人の公的証明書(個人免許証、マイナンバーカードなど)の提出が必要だが、提出がない"
    ),
    "every condition for ordering {service} is met": "{service}の注文の条件をすべて満たす",
    "Can this customer order {service}?": "このお客さまは{service}を注文できるか",
}
