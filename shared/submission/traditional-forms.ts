// Government websites offer every page in traditional characters too (繁体), and a report is sometimes
// copied from that version: 郎溪縣人民政府辦公室, 發文日期. Such a copy is read in simplified characters, so
// that its names, labels and dates read as in any other copy. The table pairs each traditional form with its
// simplified one (traditional first); only forms that simplified text does not use are in it (著 and 乾 are
// left out: 显著, 乾坤). A report is taken for a traditional copy only when several forms of the table make up a
// real share of its text, so a simplified report quoting one old name (臺灣) is read as it is.

// Pairs of characters: traditional form, then simplified form.
const PAIRS = [
  '佈布來来係系們们備备傳传價价儀仪億亿優优兒儿內内兩两凈净則则剛刚創创劃划劇剧劉刘勁劲動动務务勝胜勞劳勢势勵励匯汇區区協协厲厉參参叢丛吳吴員员問问啟启喪丧單单嚴严國国',
  '圍围園园圓圆圖图團团執执堅坚報报場场塊块塗涂塵尘墊垫壓压壞坏壯壮壽寿夢梦奪夺奮奋婦妇孫孙學学實实寧宁審审寫写寬宽將将專专對对導导屆届層层屬属嶺岭崢峥嶽岳帥帅師师帳帐',
  '帶带幣币幫帮幹干庫库廠厂廢废廣广廳厅張张強强彈弹徑径從从復复徵征態态慣惯憲宪應应懲惩懷怀戰战戶户掃扫採采換换揮挥損损搶抢撥拨撫抚擁拥擇择擊击擔担據据擬拟擴扩擺摆',
  '擾扰攜携攝摄敗败敵敌數数斷断於于時时晉晋暢畅暫暂書书會会東东條条楊杨業业極极構构樓楼標标樞枢樣样橋桥機机檔档檢检權权歡欢歲岁歷历歸归殘残殼壳氣气決决況况測测湧涌',
  '湯汤準准溫温滅灭滙汇滬沪滯滞滿满漁渔漢汉潔洁澤泽濕湿濟济濫滥濱滨瀏浏灣湾災灾為为無无煙烟煩烦熱热燈灯燒烧營营爐炉爭争牆墙狀状獎奖獨独獲获獻献現现環环產产畢毕畫画',
  '異异當当療疗發发盡尽監监盤盘眾众硃朱確确碼码礎础礦矿禍祸禮礼稅税種种稱称穀谷積积穩稳窩窝窮穷競竞筆笔節节範范築筑簡简簽签籌筹糧粮紀纪約约紅红納纳紓纾純纯紙纸級级',
  '紛纷紮扎細细終终組组結结絕绝絡络給给統统經经綜综綠绿綫线維维綱纲網网緊紧線线緣缘編编緩缓練练縣县縮缩縱纵總总績绩織织繞绕繫系繳缴繼继續续纔才罰罚罷罢羅罗羣群義义',
  '習习聖圣聞闻聯联聰聪聲声職职聽听肅肃脅胁脈脉脫脱腦脑腫肿腳脚膚肤膠胶膽胆臨临臺台與与興兴舉举舊旧艙舱艱艰艷艳莊庄華华萬万葉叶蒞莅蓋盖蓮莲蔣蒋蕭萧薦荐藍蓝藝艺藥药蘇苏',
  '蘭兰處处號号虧亏蝕蚀蟲虫衆众術术衛卫衝冲衞卫裏里補补裝装裡里製制複复襯衬襲袭見见規规視视親亲覺觉覽览觀观訂订計计訊讯討讨訓训託托記记訟讼訪访設设許许訴诉診诊証证',
  '評评詞词詢询試试詩诗話话該该詳详誇夸誌志認认誕诞誘诱語语誠诚誤误說说説说誰谁課课調调談谈請请論论諮咨諸诸諾诺謀谋謂谓謊谎謎谜講讲謝谢謹谨證证識识譚谭譜谱譯译議议',
  '護护讀读變变讓让讚赞豐丰豬猪貓猫貝贝負负財财貢贡貧贫貨货販贩貫贯責责貴贵貸贷費费貼贴貿贸賀贺資资賊贼賓宾賞赏賠赔賣卖賤贱賦赋質质賬账賭赌賴赖購购贈赠贊赞贏赢贛赣',
  '趕赶趙赵趨趋跡迹蹤踪躍跃車车軌轨軍军軟软較较載载輔辅輕轻輛辆輪轮輯辑輸输輻辐轄辖轉转轟轰辦办辭辞辯辩農农這这連连週周進进運运過过達达違违遙遥遜逊遞递遠远適适遲迟',
  '遷迁選选遺遗遼辽邁迈還还邊边郵邮鄉乡鄒邹鄧邓鄭郑鄰邻醜丑醫医釀酿釋释針针鈔钞鉛铅銀银銷销鋒锋鋪铺鋼钢錄录錢钱錦锦錯错鍊炼鍋锅鍵键鍾钟鎖锁鎮镇鏈链鏡镜鐘钟鐵铁鑑鉴',
  '鑒鉴鑰钥長长門门閉闭開开閒闲間间閣阁閩闽閱阅閲阅闆板闊阔關关闡阐陝陕陣阵陰阴陳陈陸陆陽阳隊队階阶際际隨随險险隱隐隸隶雋隽雖虽雙双雜杂雞鸡離离難难雲云電电霧雾靈灵',
  '靜静韋韦韌韧韓韩響响頁页頂顶項项順顺須须預预頒颁頗颇領领頤颐頭头頸颈頻频顆颗題题額额顏颜願愿類类顧顾顯显風风颱台飛飞飢饥飯饭飲饮飽饱饋馈養养餘余館馆馬马駐驻驅驱驗验',
  '鞏巩驚惊骯肮體体髮发鬆松鬥斗鬧闹魚鱼鮮鲜鳳凤鳥鸟鹼碱鹽盐麗丽麥麦麼么黃黄點点黨党黴霉齊齐齒齿齡龄齣出龍龙龔龚',].join('');

const SIMPLIFIED = new Map<string, string>();
for (let i = 0; i + 1 < PAIRS.length; i += 2) SIMPLIFIED.set(PAIRS[i], PAIRS[i + 1]);

// A traditional copy uses at least this many different forms of the table…
const MIN_FORMS = 4;
// …and they are at least this share of its Chinese characters.
const MIN_SHARE = 0.02;

// Chinese characters, U+3400 to U+9FFF: one code unit each, so the count runs over code units.
const isHan = (code: number) => code >= 0x3400 && code <= 0x9fff;

/** Whether the texts, taken together, are a copy in traditional characters. */
export function isTraditionalCopy(texts: readonly string[]): boolean {
  const forms = new Set<string>();
  let han = 0;
  let traditional = 0;
  for (const text of texts) {
    for (let i = 0; i < text.length; i++) {
      if (!isHan(text.charCodeAt(i))) continue;
      han++;
      const ch = text[i];
      if (!SIMPLIFIED.has(ch)) continue;
      traditional++;
      forms.add(ch);
    }
  }
  return forms.size >= MIN_FORMS && traditional >= han * MIN_SHARE;
}

/** The text with each traditional form of the table written in its simplified form. */
export function simplifiedText(text: string): string {
  let out = '';
  for (const ch of text) out += SIMPLIFIED.get(ch) ?? ch;
  return out;
}
