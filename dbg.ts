import { checkMessage } from "./lib/checker/check";
for (const text of ["李科长您好！我是区财政局预算科王磊。关于明年教育专项经费预算，请贵科填报附件中的需求表，下周三前反馈即可。谢谢！", "李主任，请您审定周五现场会议程（附后），主要改动是把项目观摩调到上午。今天下班前需要定稿发各乡镇。"])
console.log(checkMessage({ text }).findings.map((f) => `${f.code}/${f.severity} ${f.message}`));
