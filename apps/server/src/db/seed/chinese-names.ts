import { pick } from './seeded-random.js';

const SURNAMES =
  '王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤'.split(
    '',
  );
const GIVEN =
  '伟芳娜敏静丽强磊军洋勇艳杰娟涛明超秀霞平刚桂英华玉萍红梅鑫波斌宇浩凯健俊帆帅旭宁龙林欣佳雪婷慧晨阳琳颖倩建国志红海燕文斌立新晓东卫东春梅海涛振华丽萍'.split(
    '',
  );

/** A plausible Chinese full name: one surname and a one- or two-character given name. */
export function chineseName(random: () => number): string {
  const given = random() < 0.6 ? pick(random, GIVEN) + pick(random, GIVEN) : pick(random, GIVEN);
  return pick(random, SURNAMES) + given;
}
