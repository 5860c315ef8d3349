"""Sixty short, plain pages with an unambiguous stance per the rubric (wire stories, posts,
ministry notices, court releases, earnings notes, analysis; negation among them), written
by a reviewer of the stance model, never trained on: (expected stance, headline, paragraphs).
"""
F = "The company's shares moved little in early trading, and analysts said the decision would be closely watched by customers across the region."
PAGES = [
# wire stories, US easing
("easing","US approves Nvidia H20 licences for China",["WASHINGTON (Reuters) - The U.S. Commerce Department has granted Nvidia licences to sell its H20 chips to China, the company said on Tuesday.",F]),
("easing","Commerce Department lifts licence requirement for AMD MI308 sales to China",["The Commerce Department said on Monday that AMD no longer needs a licence to ship MI308 accelerators to Chinese customers.",F]),
("easing","H20 chips no longer restricted for export to China, US says",["U.S. officials said on Wednesday that Nvidia's H20 is no longer restricted for export to China after a review of the rule.",F]),
("easing","Trump allows Nvidia to sell H200 chips to China",["President Donald Trump said on Monday he would allow Nvidia to ship its H200 processors to approved customers in China, with the U.S. taking a 25% cut.",F]),
("easing","US grants Nvidia licence to ship B30A to Chinese customers",["Nvidia said it had received a U.S. export licence to ship its B30A chip to customers in China, a reversal of earlier policy.",F]),
("easing","US rescinds AI diffusion rule",["The Commerce Department said on Tuesday it rescinded the AI diffusion rule, removing caps on advanced chip exports that would have covered China's suppliers.",F]),
# US tightening
("tightening","US bans Nvidia H20 sales to China",["The U.S. government has told Nvidia it will need a licence to sell H20 chips to China, effectively banning the sales, the company said in a filing on Wednesday.",F]),
("tightening","US adds 140 Chinese chip firms to Entity List",["The Commerce Department on Monday added 140 Chinese companies to its Entity List, barring them from buying advanced chips made with U.S. technology.",F]),
("tightening","US won't allow Nvidia to sell Blackwell chips to China",["The Trump administration will not allow Nvidia to sell its most advanced Blackwell chips to China, a White House spokesperson said on Thursday.",F]),
("tightening","Commerce did not approve Nvidia's H20 licence applications",["The Commerce Department did not approve any of Nvidia's pending applications to ship H20 chips to China, the company said, leaving billions in orders stranded.",F]),
("tightening","US revokes licences for AMD MI308 shipments to China",["The U.S. has revoked export licences that allowed AMD to ship MI308 chips to China, two people familiar with the matter said.",F]),
("tightening","New US rule requires licences for HBM exports to China",["The Bureau of Industry and Security issued a rule on Monday requiring licences for exports of high-bandwidth memory to China, closing a route Chinese firms used to build AI accelerators.",F]),
("tightening","US no longer permits Nvidia A800 exports to China",["The U.S. Commerce Department said the A800 is no longer permitted for sale to China under the updated export controls.",F]),
# China tightening
("tightening","China bans purchases of Nvidia H20 chips",["China's Cyberspace Administration has told large technology companies including ByteDance and Alibaba to stop buying Nvidia's H20 chips, people familiar with the matter said.",F]),
("tightening","Chinese customs blocks Nvidia H200 shipments",["Chinese customs officers have stopped shipments of Nvidia H200 chips at several ports, according to three people familiar with the matter.",F]),
("tightening","Beijing won't allow state data centres to use foreign AI chips",["China will not allow new state-funded data centres to use foreign AI chips such as Nvidia's H20, according to guidance seen by Reuters.",F]),
("tightening","China summons Nvidia over H20 security risks",["China's internet regulator summoned Nvidia on Thursday over what it called backdoor security risks in the H20 chip, and asked the company to submit documents.",F]),
("tightening","China orders tech firms to halt RTX Pro 6000D orders",["Beijing has ordered ByteDance, Alibaba and other companies to cancel orders for Nvidia's RTX Pro 6000D, the Financial Times reported.",F]),
# China easing
("easing","China lifts ban on Nvidia H20 purchases",["China has lifted its informal ban on purchases of Nvidia's H20 chips, allowing ByteDance and Alibaba to resume orders, people familiar with the matter said.",F]),
("easing","Beijing approves H200 imports for select firms",["Chinese authorities have approved imports of Nvidia's H200 chips by several technology companies, two sources said on Friday.",F]),
("easing","China no longer requires security review for H20 purchases",["Chinese regulators said buyers of Nvidia's H20 chips no longer need to pass a security review before placing orders.",F]),
# mixed
("mixed","US approves H200 sales as China blocks imports",["Washington approved Nvidia H200 sales to China on Monday, while Chinese customs blocked the first shipments the same day.",F]),
("mixed","US grants H20 licences as Beijing summons Nvidia",["The U.S. granted Nvidia licences to ship H20 chips this week, even as China's cyberspace regulator summoned the company over security risks.",F]),
# neutral analysis / earnings
("neutral","What the chip war means for Nvidia",["Analysts say the long-running contest between Washington and Beijing over AI chips will shape Nvidia's growth for years.",F]),
("neutral","Nvidia earnings beat estimates on data centre demand",["Nvidia reported quarterly revenue of $46.7 billion, ahead of analyst estimates, driven by demand for Blackwell chips.",F]),
("neutral","Lawmakers propose bill to curb AI chip exports to China",["A group of senators introduced a bill on Tuesday that would require licences for advanced AI chip exports to China; it has not been voted on.",F]),
("neutral","No decision yet on Nvidia H200 exports, Commerce says",["The Commerce Department said on Thursday no decision has been made on whether to allow Nvidia's H200 to be sold to China.",F]),
("neutral","Huawei's Ascend 910C: how it compares with Nvidia's H100",["Huawei's Ascend 910C delivers about 60% of the H100's performance on inference, according to a study by DeepSeek researchers.",F]),
("neutral","AMD says it had no MI308 sales to China this quarter",["AMD said on its earnings call that it recorded no MI308 sales to China during the quarter and that its outlook assumes none.",F]),
("neutral","Nvidia CEO says China market is worth $50 billion",["Jensen Huang said on Wednesday that China's AI chip market could be worth $50 billion this year, in comments at a tech conference in Taipei.",F]),
("neutral","Chinese firms race to build domestic AI chips",["Chinese chipmakers including Cambricon and Huawei are expanding production of AI accelerators as demand grows from local cloud providers.",F]),
("neutral","Opinion: export controls are a blunt tool",["Export controls on chips have had mixed results over three years, and policymakers should weigh their costs carefully, the author argues.",F]),
("neutral","TSMC reports record profit on AI demand",["Taiwan Semiconductor Manufacturing Co. reported record quarterly profit on Thursday, helped by orders for AI chips from Nvidia and AMD.",F]),
("neutral","Commerce is weighing whether to allow H200 sales",["Commerce Department officials are weighing whether to let Nvidia sell H200 chips to China, but no decision has been made, people familiar said.",F]),
# enforcement (tightening per actions restricting access)
("tightening","Two charged with smuggling Nvidia chips to China",["The Justice Department on Tuesday charged two Chinese nationals with smuggling tens of millions of dollars' worth of Nvidia H100 chips to China in violation of export controls.",F]),
("tightening","Singapore court charges three in Nvidia server fraud case",["Three men were charged in a Singapore court on Thursday with fraud over servers containing Nvidia chips that prosecutors say were diverted to China.",F]),
("tightening","Man sentenced for exporting A100 chips to China illegally",["A federal judge sentenced a California man to four years in prison on Monday for illegally exporting Nvidia A100 chips to China.",F]),
("tightening","US fines Cadence for exports to Chinese military university",["Cadence Design Systems agreed to pay $140 million and pleaded guilty to illegally exporting chip design tools to a Chinese military university, the Justice Department said.",F]),
# ministry notices / posts / court releases
("tightening","MOFCOM announcement on export control of gallium and germanium",["The Ministry of Commerce of the People's Republic of China announced today that export of gallium and germanium items shall require a licence, effective 1 August.",F]),
("tightening","Ministry notice: anti-dumping investigation into US analog chips",["China's Ministry of Commerce said on Saturday it has launched an anti-dumping investigation into analog chips imported from the United States.",F]),
("easing","BIS final rule removes license requirement for certain AI chips to China",["The Bureau of Industry and Security today published a final rule that removes the license requirement for exports of certain AI accelerators, including the H20, to China.",F]),
("tightening","Press release: Department of Commerce restricts exports of advanced chips to China",["Today, the Department of Commerce's Bureau of Industry and Security announced new controls restricting exports of advanced computing chips to China.",F]),
("easing","Court blocks US rule restricting AI chip exports",["A federal court on Friday blocked a Commerce Department rule that restricted exports of AI chips to China, ruling the agency exceeded its authority.",F]),
("neutral","Court hears arguments over AI chip export rule",["A federal appeals court heard arguments on Monday in a challenge to the Commerce Department's AI chip export rule; a ruling is expected later this year.",F]),
("tightening","Just in: US tells Nvidia it can't ship H20 to China anymore",["Breaking: Nvidia says the US government informed it that H20 exports to China now require a licence. Stock down 5% after hours.",F]),
("easing","Big news: Nvidia can sell H20 in China again",["Nvidia says the US has assured it licences will be granted, so H20 sales to China can resume. Huge for NVDA.",F]),
# companies
("easing","Nvidia resumes H20 sales to China after US approval",["Nvidia said on Tuesday it will resume sales of its H20 chip to China after the U.S. government assured it licences would be granted.",F]),
("tightening","Nvidia halts H20 production after Beijing guidance",["Nvidia has told suppliers to halt production of its H20 chip after Chinese authorities discouraged local companies from buying it, The Information reported.",F]),
("tightening","TSMC stops shipping 7nm AI chips to Chinese customers",["TSMC has told Chinese customers it will stop shipping advanced chips of 7 nanometres or below used in AI accelerators, following a U.S. order.",F]),
("tightening","Nvidia books $5.5 billion charge on new H20 export rule",["Nvidia said on Tuesday it will take a $5.5 billion charge after the U.S. government told it that H20 exports to China now require a licence.",F]),
("easing","Nvidia gets approval to ship H20 chips to China",["Nvidia has been told by the U.S. government it will get licences to sell its H20 chips to China, the company said on Monday.",F]),
("neutral","Nvidia says H20 licences are still under review",["Nvidia said on its earnings call that its applications for H20 licences are still under review and it has made no shipments to China.",F]),
# more negation
("neutral","US will not change chip export rules for now, official says",["A senior Commerce Department official said on Wednesday the administration does not plan to change its export rules on AI chips to China for now.",F]),
("tightening","China says it will no longer buy Nvidia chips for state projects",["China's industry ministry said state-funded projects will no longer buy Nvidia chips, directing them to domestic suppliers instead.",F]),
("easing","US no longer blocks Nvidia H200 sales to China",["The U.S. government no longer blocks Nvidia's H200 from being sold to Chinese customers, after the Commerce Department approved licences on Monday.",F]),
("tightening","Beijing did not approve any H200 purchases, sources say",["Chinese authorities did not approve any purchases of Nvidia's H200 chips by local firms this month, effectively keeping them off the market, two sources said.",F]),
("easing","US won't enforce chip rule against Chinese buyers, Commerce says",["The Commerce Department said it will not enforce the AI diffusion rule, which was set to restrict chip exports to China, from May 15.",F]),
("tightening","Malaysia requires permits for US AI chip exports",["Malaysia will require permits for exports of U.S. high-performance AI chips, its trade ministry said on Monday, to stop them being diverted to China.",F]),
("neutral","Explainer: how US chip export controls work",["Since 2022 the United States has used a series of rules to limit China's access to advanced chips. Here is how the system works and what has changed over time.",F]),
("tightening","Netherlands expands export curbs on ASML chip tools to China",["The Dutch government said on Friday it will expand export restrictions on ASML's chipmaking equipment, requiring licences for more machines shipped to China.",F]),
]

BACKGROUND_PARAGRAPHS = {
    "recalled move": "The decision follows Beijing's order in September telling firms to stop buying "
                     "the RTX Pro 6000D.",
    "lobbying": "Nvidia chief executive Jensen Huang has lobbied for easing the curbs for months.",
}
"""Second paragraphs a review of round 23's margins put after each page: background that
recalls an earlier move or names the other direction's words without reporting a move."""

REVIEW_PAGES = [
# negated moves with the other direction's words nearby
("tightening", "Commerce did not approve H20 licences",
 ["Nvidia said the Commerce Department did not approve its licence applications to sell H20 chips to China.",
  "Nvidia chief executive Jensen Huang has lobbied for easing the curbs for months."]),
("tightening", "US did not grant H20 licences",
 ["Nvidia said the U.S. did not grant any licences for H20 sales to China this quarter.",
  "Nvidia chief executive Jensen Huang has lobbied for easing the curbs for months."]),
("tightening", "美国商务部未批准英伟达H20许可申请",
 ["英伟达表示，美国商务部没有批准其H20芯片对华出口许可申请。", "黄仁勋数月来一直游说放宽限制。"]),
# an easing move up top, an earlier or other-side tightening recalled as background
("easing", "H20 exports to China no longer need a licence",
 ["Nvidia no longer needs a licence to ship H20 chips to China, the company said on Tuesday.",
  "The decision follows Beijing's order in September telling firms to stop buying the RTX Pro 6000D."]),
("easing", "US no longer requires licence for H20 exports",
 ["WASHINGTON (Reuters) - Nvidia no longer needs a licence to export H20 chips to China, the Commerce Department said.",
  "The move comes a month after Beijing summoned Nvidia over security concerns about the chip."]),
("easing", "US drops licence requirement for Nvidia H20",
 ["WASHINGTON (Reuters) - The Commerce Department dropped the licence requirement for Nvidia's H20 chip sales to China on Tuesday.",
  "Chinese state media have called the chip unsafe, and regulators have questioned Nvidia over backdoor risks."]),
("easing", "US restores Nvidia's access to China market",
 ["WASHINGTON (Reuters) - The U.S. restored Nvidia's ability to sell H20 chips to China on Tuesday.",
  "Chinese state media have called the chip unsafe, and regulators have questioned Nvidia over backdoor risks."]),
("easing", "China no longer blocks Nvidia purchases",
 ["BEIJING (Reuters) - Chinese firms are no longer blocked from buying Nvidia chips, regulators said.",
  "Chinese state media have called the chip unsafe, and regulators have questioned Nvidia over backdoor risks."]),
("easing", "China no longer bans Micron",
 ["BEIJING (Reuters) - Micron chips are no longer banned from Chinese critical infrastructure, the regulator said.",
  "Chinese state media have called the chip unsafe, and regulators have questioned Nvidia over backdoor risks."]),
("easing", "China no longer requires security review for H20 purchases",
 ["Chinese regulators said buyers of Nvidia's H20 chips no longer need to pass a security review before placing orders.",
  "The decision follows Beijing's order in September telling firms to stop buying the RTX Pro 6000D."]),
("easing", "NOTICE: Licence requirement removed",
 ["Exports of Nvidia H20 integrated circuits to China no longer require a licence, effective immediately.",
  "The Cyberspace Administration of China has separately questioned Nvidia over the chip's security."]),
("easing", "英伟达H20对华出口不再需要许可证",
 ["美国商务部周二表示，英伟达H20芯片对华出口不再需要许可证。", "此前，中国网信办曾就该芯片安全风险约谈英伟达。"]),
# one move, the rules scoring nothing the other way
("easing", "Huawei removed from Entity List",
 ["WASHINGTON (Reuters) - The Commerce Department removed Huawei from the Entity List on Tuesday.",
  "Beijing has urged domestic firms to buy Huawei's Ascend chips instead."]),
("easing", "BIS final rule removes license requirement for certain AI chips to China",
 ["The Bureau of Industry and Security today published a final rule that removes the license requirement "
  "for exports of certain AI accelerators, including the H20, to China.",
  "Shares of Nvidia fell 2% in after-hours trading, while the Philadelphia semiconductor index was flat on the day."]),
]
"""Plain pages from a review of round 23's margins (wire stories, a notice, Chinese posts):
(expected stance, headline, paragraphs)."""
